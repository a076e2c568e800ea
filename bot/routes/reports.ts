/**
 * GET /api/reports/inclusion?year=YYYY: the inclusion report of the tenant the API key belongs to (the
 * environment's API_KEY: the default tenant; a key from a tenant's settings card: that tenant), as JSON,
 * or CSV with Accept: text/csv.
 */
import type restify from 'restify';
import { todayInNorway } from '../../knowledge/rules/assess.js';
import type { VacancyService } from '../../dialogs/vacancy/index.js';
import { sendJson } from '../server.js';
import type { ApiAuth } from '../apiAuth.js';

export function reportRoutes(deps: { vacancies: VacancyService; auth: ApiAuth; run: <T>(tenant: string, fn: () => Promise<T>) => Promise<T>; now: () => Date }) {
  return (server: restify.Server): void => {
    server.get('/api/reports/inclusion', async (req, res) => {
      const who = await deps.auth.bearer(req);
      if ('status' in who) {
        if (who.challenge) res.header('www-authenticate', 'Bearer');
        return sendJson(res, who.status, { error: who.error });
      }
      const q = (req.query ?? {}) as Record<string, unknown>;
      const yearText = q.year === undefined ? todayInNorway(deps.now()).slice(0, 4) : String(q.year);
      if (!/^\d{4}$/.test(yearText) || Number(yearText) < 2000 || Number(yearText) > 2100) {
        return sendJson(res, 400, { error: 'Invalid year', details: [{ path: 'year', message: 'year must be a four-digit year between 2000 and 2100' }] });
      }
      const report = await deps.run(who.tenant!, () => deps.vacancies.inclusionReport(Number(yearText)));
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
