/** Collects a logger's JSON lines (and anything else written to the stream) for a test to read. */
import { Writable } from 'node:stream';

export interface LogCapture {
  stream: Writable;
  /** Everything written, as text. */
  text(): string;
  /** The JSON lines written, parsed. */
  lines(): Array<Record<string, unknown>>;
  clear(): void;
}

export function captureLog(): LogCapture {
  let chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return {
    stream,
    text: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => {
          try {
            return JSON.parse(l) as Record<string, unknown>;
          } catch {
            return { raw: l };
          }
        }),
    clear: () => {
      chunks = [];
    },
  };
}

/** Runs fn while recording what the process writes to stderr (and still writing it). */
export async function recordStderr<T>(fn: () => Promise<T>): Promise<{ result: T; stderr: string }> {
  const original = process.stderr.write.bind(process.stderr);
  let out = '';
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stderr.write;
  try {
    return { result: await fn(), stderr: out };
  } finally {
    process.stderr.write = original;
  }
}
