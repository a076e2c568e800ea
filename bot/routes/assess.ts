/**
 * POST /api/assess: a vacancy case in, the assessment out; 400 with field errors. With API_KEY configured,
 * or whenever a caller sends a key, it must be a valid key (the environment's, or a tenant's from its
 * settings card); the assessment touches no tenant's data.
 */
import type restify from 'restify';
import { assess, parseCase } from '../../knowledge/rules/index.js';
import { sendJson } from '../server.js';
import type { ApiAuth } from '../apiAuth.js';

export function assessRoutes(deps: { auth: ApiAuth }) {
  return (server: restify.Server): void => {
    server.post('/api/assess', async (req, res) => {
      const who = await deps.auth.bearer(req, { optional: true });
      if ('status' in who) {
        if (who.challenge) res.header('www-authenticate', 'Bearer');
        return sendJson(res, who.status, { error: who.error });
      }
      const parsed = parseCase(req.body);
      if (!parsed.ok) return sendJson(res, 400, { error: 'Invalid case', details: parsed.errors });
      return sendJson(res, 200, assess(parsed.value));
    });
  };
}
