/** Signs a vacancy webhook request the way an HR system must: HMAC-SHA256 of "<timestamp>.<raw body>". */
import { createHmac } from 'node:crypto';

export function webhookSignature(raw: string, secret: string, timestamp: number): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${raw}`).digest('hex')}`;
}

/** The headers of a signed request; `timestamp` (Unix seconds) defaults to now. */
export function signedHeaders(raw: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  return { 'content-type': 'application/json', 'x-timestamp': String(timestamp), 'x-signature': webhookSignature(raw, secret, timestamp) };
}
