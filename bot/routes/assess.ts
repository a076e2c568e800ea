/** POST /api/assess: a vacancy case in, the assessment out; 400 with field errors; Bearer API_KEY when configured. */
import type restify from 'restify';
import { assess, parseCase } from '../../knowledge/rules/index.js';
import { sendJson } from '../server.js';
import { checkApiKey } from './auth.js';

export function assessRoutes(deps: { apiKey?: string }) {
  return (server: restify.Server): void => {
    server.post('/api/assess', async (req, res) => {
      if (!checkApiKey(req, res, deps.apiKey)) return;
      const parsed = parseCase(req.body);
      if (!parsed.ok) return sendJson(res, 400, { error: 'Invalid case', details: parsed.errors });
      return sendJson(res, 200, assess(parsed.value));
    });
  };
}
