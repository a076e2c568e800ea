/**
 * POST /api/vacancies: an HR system reports a vacancy. Authenticated by an HMAC-SHA256 of the raw body
 * with WEBHOOK_SECRET (X-Signature: sha256=<hex>); 401 without a valid signature, 400 with the field
 * errors, 202 with the vacancy id. Idempotent on externalId.
 */
import type restify from 'restify';
import type { VacancyService } from '../../dialogs/vacancy/index.js';
import type { Logger } from '../logger.js';
import { sendJson } from '../server.js';
import { validSignature } from './auth.js';
import type { ApiAuth } from '../apiAuth.js';

export function vacancyRoutes(deps: { vacancies: VacancyService; auth: ApiAuth; run: <T>(tenant: string, fn: () => Promise<T>) => Promise<T>; logger: Logger }) {
  return (server: restify.Server): void => {
    server.post('/api/vacancies', async (req, res) => {
      // The tenant and its secret (X-Tenant-Id, or the default tenant's WEBHOOK_SECRET): bot/apiAuth.ts.
      const cred = await deps.auth.webhook(req);
      if ('status' in cred) return sendJson(res, cred.status, { error: cred.error });
      const raw = (req as restify.Request & { rawBody?: string | Buffer }).rawBody;
      if (!validSignature(raw, req.header('x-signature'), cred.secret)) {
        deps.logger.warn('vacancy webhook: missing or invalid signature');
        return sendJson(res, 401, { error: 'Unauthorized: X-Signature must be sha256=<hex HMAC-SHA256 of the raw body with the shared secret>' });
      }
      const result = await deps.run(cred.tenant, () => deps.vacancies.reportFromSystem(req.body));
      if (result.status === 400) return sendJson(res, 400, { error: 'Invalid vacancy', details: result.errors });
      deps.logger.info({ vacancyId: result.id, duplicate: result.duplicate }, 'vacancy reported by HR system');
      return sendJson(res, 202, { id: result.id, duplicate: result.duplicate });
    });
  };
}
