/**
 * Request bodies, read by each route itself after its own authentication check (instead of a global
 * body parser that reads, inflates and stores every upload before any check). Only plain JSON is
 * read: compressed and multipart bodies are refused before a byte is read (see server.ts), and a body
 * is never larger in memory than MAX_BODY_BYTES. Nothing is ever written to disk.
 */
import type restify from 'restify';

export const MAX_BODY_BYTES = 512 * 1024;

export type BodyResult = { ok: true; raw: Buffer; json: unknown } | { ok: false; status: 400 | 413; error: string };

/** Reads the raw body, at most `max` bytes; more is refused with 413 without reading the rest. */
export async function readRawBody(req: restify.Request, max = MAX_BODY_BYTES): Promise<{ ok: true; raw: Buffer } | { ok: false; status: 413; error: string }> {
  const tooLarge = { ok: false as const, status: 413 as const, error: `The body is larger than ${max} bytes` };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) return tooLarge;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) return tooLarge;
    chunks.push(chunk);
  }
  return { ok: true, raw: Buffer.concat(chunks, size) };
}

/** Reads and parses a JSON body (bounded, as readRawBody). */
export async function readJsonBody(req: restify.Request, max = MAX_BODY_BYTES): Promise<BodyResult> {
  const r = await readRawBody(req, max);
  if (!r.ok) return r;
  return parseJson(r.raw);
}

export function parseJson(raw: Buffer): BodyResult {
  if (raw.length === 0) return { ok: false, status: 400, error: 'The body is empty: send a JSON object' };
  try {
    return { ok: true, raw, json: JSON.parse(raw.toString('utf8')) };
  } catch {
    return { ok: false, status: 400, error: 'The body is not valid JSON' };
  }
}
