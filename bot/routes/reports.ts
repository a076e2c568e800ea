/** GET /api/reports/inclusion?year=YYYY (Bearer API_KEY): the inclusion report as JSON, or CSV with Accept: text/csv. */
import type restify from 'restify';
import type { VacancyService } from '../../dialogs/vacancy/index.js';
import { sendJson } from '../server.js';
import { checkApiKey } from './auth.js';
import { inTenant } from '../../dialogs/shared/tenant.js';

export function reportRoutes(deps: { vacancies: VacancyService; apiKey?: string; tenant: string; now: () => Date }) {
  return (server: restify.Server): void => {
    server.get('/api/reports/inclusion', async (req, res) => {
      if (!deps.apiKey) return sendJson(res, 503, { error: 'Reports are not configured: set API_KEY on the bot' });
      if (!checkApiKey(req, res, deps.apiKey)) return;
      const q = (req.query ?? {}) as Record<string, unknown>;
      const yearText = q.year === undefined ? String(deps.now().getFullYear()) : String(q.year);
      if (!/^\d{4}$/.test(yearText) || Number(yearText) < 2000 || Number(yearText) > 2100) {
        return sendJson(res, 400, { error: 'Invalid year', details: [{ path: 'year', message: 'year must be a four-digit year between 2000 and 2100' }] });
      }
      const report = await inTenant(deps.tenant, () => deps.vacancies.inclusionReport(Number(yearText)));
      if ((req.header('accept') ?? '').includes('text/csv')) {
        res.status(200);
        res.header('content-type', 'text/csv; charset=utf-8');
        res.header('content-disposition', `attachment; filename="inkluderingsrapport-${yearText}.csv"`);
        res.sendRaw(deps.vacancies.inclusionReportCsv(report));
        return;
      }
      return sendJson(res, 200, report);
    });
  };
}
