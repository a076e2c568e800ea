/**
 * POST /api/assess: a vacancy case in, the assessment out; 400 with field errors. With API_KEY configured,
 * or whenever a caller sends a key, it must be a valid key (the environment's, or a tenant's from its
 * settings card); the assessment touches no tenant's data. Without any key in authenticated mode, only
 * callers on the bot's own machine are served.
 */
import type restify from 'restify';
import { assess, parseCase, todayInNorway } from '../../knowledge/rules/index.js';
import { readJsonBody } from '../httpBody.js';
import { sendBodyError, sendJson } from '../server.js';
import type { ApiAuth } from '../apiAuth.js';

export function assessRoutes(deps: { auth: ApiAuth; loopbackOnly?: boolean; now: () => Date }) {
  return (server: restify.Server): void => {
    server.post('/api/assess', async (req, res) => {
      const who = await deps.auth.bearer(req, { optional: true, loopbackOnly: deps.loopbackOnly });
      if ('status' in who) {
        if (who.challenge) res.header('www-authenticate', 'Bearer');
        return sendJson(res, who.status, { error: who.error });
      }
      const body = await readJsonBody(req);
      if (!body.ok) return sendBodyError(res, body);
      const parsed = parseCase(body.json);
      if (!parsed.ok) return sendJson(res, 400, { error: 'Invalid case', details: parsed.errors });
      return sendJson(res, 200, assess(parsed.value, { today: todayInNorway(deps.now()) }));
    });
  };
}
