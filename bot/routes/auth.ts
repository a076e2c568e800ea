import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type restify from 'restify';

/** A per-process key for comparing secrets through their HMACs. */
const COMPARE_KEY = randomBytes(32);

/**
 * Constant-time comparison of two strings that reveals neither their contents nor their lengths:
 * both sides are first reduced to an HMAC of fixed length, and the digests are compared.
 */
export function safeEqual(a: string, b: string): boolean {
  const x = createHmac('sha256', COMPARE_KEY).update(a).digest();
  const y = createHmac('sha256', COMPARE_KEY).update(b).digest();
  return timingSafeEqual(x, y);
}

const isLoopback = (a: string | undefined): boolean => !!a && (a === '::1' || a.startsWith('127.') || a.startsWith('::ffff:127.'));

/**
 * With an API key configured, requires `Authorization: Bearer <key>`. Without one, `loopbackOnly`
 * (authenticated mode: the bot listens on the network) lets only callers on this machine in.
 * Returns false (after answering) when refused. Nothing of the body has been read at this point.
 */
export function checkApiKey(req: restify.Request, res: restify.Response, apiKey: string | undefined, opts: { loopbackOnly?: boolean } = {}): boolean {
  if (!apiKey) {
    if (!opts.loopbackOnly || isLoopback(req.socket.remoteAddress)) return true;
    res.status(403);
    res.header('content-type', 'application/json; charset=utf-8');
    res.send({ error: "Forbidden: without API_KEY this endpoint answers only on the bot's own machine; set API_KEY on the bot and send Authorization: Bearer <API_KEY>" });
    return false;
  }
  const header = req.headers.authorization ?? '';
  const m = /^Bearer\s+(.+)$/i.exec(header.length <= 1000 ? header : '');
  if (m && safeEqual(m[1].trim(), apiKey)) return true;
  res.status(401);
  res.header('www-authenticate', 'Bearer');
  res.header('content-type', 'application/json; charset=utf-8');
  res.send({ error: 'Unauthorized: send Authorization: Bearer <API_KEY>' });
  return false;
}

/** How far the sender's clock may be from ours. */
export const MAX_SKEW_SECONDS = 300;

export type SignatureHeaders = { ok: true; timestamp: string; digest: string } | { ok: false; reason: string };

/**
 * Checks the shape of `X-Timestamp` (Unix seconds) and `X-Signature: sha256=<hex>`, and that the
 * timestamp is within five minutes of now. Done before the body is read.
 */
export function checkSignatureHeaders(timestamp: string | undefined, signature: string | undefined, nowMs: number): SignatureHeaders {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp.trim())) return { ok: false, reason: 'X-Timestamp must be the time of sending in Unix seconds' };
  if (!signature) return { ok: false, reason: 'X-Signature is missing' };
  const m = /^sha256=([0-9a-fA-F]{64})$/.exec(signature.trim());
  if (!m) return { ok: false, reason: 'X-Signature must be sha256=<64 hex digits>' };
  const skew = Math.abs(nowMs / 1000 - Number(timestamp.trim()));
  if (skew > MAX_SKEW_SECONDS) return { ok: false, reason: `X-Timestamp is more than ${MAX_SKEW_SECONDS / 60} minutes from the bot's clock; sign each request when it is sent` };
  return { ok: true, timestamp: timestamp.trim(), digest: m[1].toLowerCase() };
}

/** The signature of a webhook request: hex HMAC-SHA256 of "<timestamp>.<raw body>" with the shared secret. */
export function webhookSignature(secret: string, timestamp: string, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/** Checks the digest of checkSignatureHeaders against the raw body, in constant time. */
export function validSignature(rawBody: Buffer, headers: Extract<SignatureHeaders, { ok: true }>, secret: string): boolean {
  return safeEqual(headers.digest, webhookSignature(secret, headers.timestamp, rawBody));
}
