/** POST /api/assess: a vacancy case in, the assessment out; 400 with field errors; Bearer API_KEY when configured. */
import type restify from 'restify';
import { assess, parseCase } from '../../knowledge/rules/index.js';
import { readJsonBody } from '../httpBody.js';
import { sendBodyError, sendJson } from '../server.js';
import { checkApiKey } from './auth.js';

/** `loopbackOnly`: without API_KEY in authenticated mode, only callers on this machine are served. */
export function assessRoutes(deps: { apiKey?: string; loopbackOnly?: boolean }) {
  return (server: restify.Server): void => {
    server.post('/api/assess', async (req, res) => {
      if (!checkApiKey(req, res, deps.apiKey, { loopbackOnly: deps.loopbackOnly })) return;
      const body = await readJsonBody(req);
      if (!body.ok) return sendBodyError(res, body);
      const parsed = parseCase(body.json);
      if (!parsed.ok) return sendJson(res, 400, { error: 'Invalid case', details: parsed.errors });
      return sendJson(res, 200, assess(parsed.value));
    });
  };
}
