/**
 * A stand-in for the Bot Framework's OpenID metadata and signing keys (login.botframework.com), on a
 * free loopback port, so the real token validation of botbuilder can run offline: the bot is started
 * with `endpoints` pointing here, and `token()` mints tokens signed with the served key (or forged ones).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHmac, createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export const ISSUER = 'https://api.botframework.com';

export interface KeyServer {
  /** Pass as startBot's botFrameworkEndpoints. */
  endpoints: Record<string, string | boolean>;
  kid: string;
  publicPem: string;
  /** A JWT with the given header and claims, signed RS256 with the served key unless `key` says otherwise. */
  token(claims: Record<string, unknown>, opts?: { header?: Record<string, unknown>; key?: 'served' | 'other' | 'none' | 'hs256-public' }): string;
  close(): Promise<void>;
}

const b64url = (x: Buffer | string) => Buffer.from(x).toString('base64url');

export async function startKeyServer(opts: { endorsements: string[] }): Promise<KeyServer> {
  const served = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'test-key-1';
  const jwk = served.publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  let base = '';
  const server = http.createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/openid') {
      res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else if (req.url === '/keys') {
      res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid, n: jwk.n, e: jwk.e, endorsements: opts.endorsements }] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const publicPem = served.publicKey.export({ format: 'pem', type: 'spki' }).toString();

  const signWith = (input: string, key: 'served' | 'other' | 'none' | 'hs256-public'): string => {
    if (key === 'none') return '';
    if (key === 'hs256-public') return b64url(createHmac('sha256', publicPem).update(input).digest());
    const k: KeyObject = key === 'served' ? served.privateKey : createPrivateKey(other.privateKey.export({ format: 'pem', type: 'pkcs8' }));
    return b64url(sign('sha256', Buffer.from(input), k));
  };

  return {
    endpoints: {
      ToBotFromChannelOpenIdMetadataUrl: `${base}/openid`,
      ToBotFromEmulatorOpenIdMetadataUrl: `${base}/openid`,
      ToBotFromChannelTokenIssuer: ISSUER,
      ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
      ToChannelFromBotOAuthScope: 'https://api.botframework.com',
      OAuthUrl: 'https://api.botframework.com',
      CallerId: 'urn:botframework:azure',
      ValidateAuthority: true,
    },
    kid,
    publicPem,
    token(claims, o = {}) {
      const key = o.key ?? 'served';
      const alg = key === 'none' ? 'none' : key === 'hs256-public' ? 'HS256' : 'RS256';
      const header = { alg, typ: 'JWT', ...(key === 'none' ? {} : { kid }), ...o.header };
      const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
      return `${input}.${signWith(input, key)}`;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
