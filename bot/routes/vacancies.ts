/**
 * POST /api/vacancies: an HR system reports a vacancy. Authenticated by an HMAC-SHA256 over the send
 * time and the raw body with the tenant's secret (WEBHOOK_SECRET for the default tenant; `X-Tenant-Id`
 * and a secret from that tenant's settings card for any other): `X-Timestamp: <Unix seconds>` and
 * `X-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">`. The headers (and the time, at most
 * five minutes off) are checked before the body is read; 401 with the reason when they do not hold,
 * 400 with the field errors, 409 when a known externalId comes with other content, 202 with the
 * vacancy id. Idempotent on externalId.
 */
import type restify from 'restify';
import type { VacancyService } from '../../dialogs/vacancy/index.js';
import type { Logger } from '../logger.js';
import { parseJson, readRawBody } from '../httpBody.js';
import { sendBodyError, sendJson } from '../server.js';
import { checkSignatureHeaders, validSignature } from './auth.js';
import type { ApiAuth } from '../apiAuth.js';

const SIGNING = 'X-Timestamp: <Unix seconds> and X-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>" with the shared secret>';

export function vacancyRoutes(deps: {
  vacancies: VacancyService;
  auth: ApiAuth;
  run: <T>(tenant: string, fn: () => Promise<T>) => Promise<T>;
  logger: Logger;
  nowMs?: () => number;
}) {
  const nowMs = deps.nowMs ?? Date.now;
  return (server: restify.Server): void => {
    server.post('/api/vacancies', async (req, res) => {
      // The tenant and its secret (X-Tenant-Id, or the default tenant's WEBHOOK_SECRET): bot/apiAuth.ts.
      const cred = await deps.auth.webhook(req);
      if ('status' in cred) return sendJson(res, cred.status, { error: cred.error });
      const headers = checkSignatureHeaders(req.header('x-timestamp'), req.header('x-signature'), nowMs());
      if (!headers.ok) {
        deps.logger.warn({ reason: headers.reason }, 'vacancy webhook: refused before reading the body');
        return sendJson(res, 401, { error: `Unauthorized: ${headers.reason}. Send ${SIGNING}` });
      }
      const raw = await readRawBody(req);
      if (!raw.ok) return sendBodyError(res, raw);
      if (!validSignature(raw.raw, headers, cred.secret)) {
        deps.logger.warn('vacancy webhook: invalid signature');
        return sendJson(res, 401, { error: `Unauthorized: the signature does not match. Send ${SIGNING}` });
      }
      const body = parseJson(raw.raw);
      if (!body.ok) return sendBodyError(res, body);
      const result = await deps.run(cred.tenant, () => deps.vacancies.reportFromSystem(body.json));
      if (result.status === 400) return sendJson(res, 400, { error: 'Invalid vacancy', details: result.errors });
      if (result.status === 409) {
        deps.logger.warn({ vacancyId: result.id }, 'vacancy webhook: known externalId with other content');
        return sendJson(res, 409, {
          error: 'This externalId is already reported with other content; changes to a reported vacancy are not supported (use a new externalId)',
          id: result.id,
        });
      }
      deps.logger.info({ vacancyId: result.id, duplicate: result.duplicate }, 'vacancy reported by HR system');
      return sendJson(res, 202, { id: result.id, duplicate: result.duplicate });
    });
  };
}
