import { timingSafeEqual, createHmac } from 'node:crypto';
import type restify from 'restify';

/** Constant-time comparison of two strings. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** With an API key configured, requires `Authorization: Bearer <key>`. Returns false (after a 401) when refused. */
export function checkApiKey(req: restify.Request, res: restify.Response, apiKey: string | undefined): boolean {
  if (!apiKey) return true;
  const header = req.headers.authorization ?? '';
  const m = /^Bearer\s+(.+)$/i.exec(header);
  if (m && safeEqual(m[1].trim(), apiKey)) return true;
  res.status(401);
  res.header('www-authenticate', 'Bearer');
  res.send({ error: 'Unauthorized: send Authorization: Bearer <API_KEY>' });
  return false;
}

/** Checks `X-Signature: sha256=<hex>` against an HMAC-SHA256 of the raw body, in constant time. */
export function validSignature(rawBody: string | Buffer | undefined, header: string | undefined, secret: string): boolean {
  if (!header || rawBody === undefined) return false;
  const m = /^sha256=([0-9a-fA-F]{64})$/.exec(header.trim());
  if (!m) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest('hex');
  return safeEqual(m[1].toLowerCase(), expected);
}
