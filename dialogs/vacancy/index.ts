/**
 * The vacancy checklist and the inclusion report. bot/ wires:
 * - `feature` into the router;
 * - `reportFromSystem` behind POST /api/vacancies (after the HMAC check), answering its status and body;
 * - `onUserSeen` on every message and install (after storing the conversation reference);
 * - `runReminders`, `retryDeliveries` and `applyRetention` as jobs;
 * - `inclusionReport` + `inclusionReportCsv` behind GET /api/reports/inclusion.
 */
import type { Feature } from '../shared/turn.js';
import { createVacancyFeature } from './feature.js';
import { inclusionReportCsv, type InclusionReport } from './report.js';
import { createVacancyCore, type ReportFromSystemResult, type VacancyDeps } from './service.js';

export type { InclusionReport } from './report.js';
export type { ReportFromSystemResult, VacancyConfig, VacancyDeps } from './service.js';
export type { FieldError } from './schemas.js';
export type { Vacancy, YearlyCounts, Baseline } from './model.js';
export { VACANCIES, YEARLY_COUNTS, BASELINE, VACANCY_KEYS } from './model.js';
export { inclusionReportCsv } from './report.js';

export interface VacancyService {
  feature: Feature;
  reportFromSystem(input: unknown): Promise<ReportFromSystemResult>;
  onUserSeen(userId: string): Promise<void>;
  runReminders(): Promise<number>;
  /** Retries the checklists and HR copies still pending. */
  retryDeliveries(): Promise<number>;
  inclusionReport(year: number): Promise<InclusionReport>;
  inclusionReportCsv(report: InclusionReport): string;
  applyRetention(): Promise<number>;
}

export function createVacancyService(deps: VacancyDeps): VacancyService {
  const core = createVacancyCore(deps);
  return {
    feature: createVacancyFeature(core),
    reportFromSystem: core.reportFromSystem,
    onUserSeen: core.onUserSeen,
    runReminders: core.runReminders,
    retryDeliveries: core.retryDeliveries,
    inclusionReport: core.inclusionReport,
    inclusionReportCsv,
    applyRetention: core.applyRetention,
  };
}
