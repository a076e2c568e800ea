/** The inclusion report: per year, from the live vacancies plus the counts left by retention. */
import type { Store } from '../shared/ports.js';
import { addCounts, contributions, emptyCounts } from './counts.js';
import { ALL_PATH_IDS, BASELINE, VACANCIES, YEARLY_COUNTS, type Baseline, type PathId, type Vacancy, type YearlyCounts } from './model.js';

export interface InclusionReport {
  year: number;
  vacanciesReported: number;
  /** Vacancies reported this year whose "contact NAV" item is ticked. */
  navContacted: number;
  /** navContacted / vacanciesReported, 0..1; null when nothing was reported. */
  navContactedShare: number | null;
  closed: number;
  /** Hires: vacancies closed as filled this year. */
  filled: number;
  targetGroupHires: number;
  /** Hires where the answer was "does not want to say". */
  targetGroupUndisclosed: number;
  /** Paths with at least one hire, in the contract's order. */
  byPath: Array<{ pathId: PathId; hires: number; targetGroupHires: number }>;
  baseline: { hires2020: number | null; hires2021: number | null; average: number | null };
  /** Target-group hires minus the baseline average; null without a baseline. */
  comparison: { difference: number; positiveDevelopment: boolean } | null;
  /** Some figures come from vacancies already reduced to yearly counts. */
  includesRetainedCounts: boolean;
}

export function baselineAverage(b: Baseline | undefined): number | null {
  if (!b) return null;
  if (b.average !== undefined) return b.average;
  if (b.hires2020 !== undefined && b.hires2021 !== undefined) return (b.hires2020 + b.hires2021) / 2;
  return null;
}

export async function buildInclusionReport(store: Store, year: number): Promise<InclusionReport> {
  const retained = await store.repo<YearlyCounts>(YEARLY_COUNTS).get(String(year));
  const pending = new Set(retained?.pendingIds ?? []);
  let c = retained ? addCounts(emptyCounts(), retained) : emptyCounts();
  for (const v of await store.repo<Vacancy>(VACANCIES).find()) {
    if (pending.has(v.id)) continue; // already in the retained counts, removal under way
    const add = contributions(v).get(year);
    if (add) c = addCounts(c, add);
  }
  const b = await store.repo<Baseline>(BASELINE).get('baseline');
  const average = baselineAverage(b);
  return {
    year,
    vacanciesReported: c.reported,
    navContacted: c.navContacted,
    navContactedShare: c.reported ? c.navContacted / c.reported : null,
    closed: c.closed,
    filled: c.filled,
    targetGroupHires: c.targetGroupHires,
    targetGroupUndisclosed: c.targetGroupUndisclosed,
    byPath: ALL_PATH_IDS.filter((id) => c.byPath[id]?.hires).map((id) => ({ pathId: id, ...c.byPath[id]! })),
    baseline: { hires2020: b?.hires2020 ?? null, hires2021: b?.hires2021 ?? null, average },
    comparison: average === null ? null : { difference: c.targetGroupHires - average, positiveDevelopment: c.targetGroupHires > average },
    includesRetainedCounts: !!retained && retained.reported + retained.closed > 0,
  };
}

const cell = (v: string | number | null): string => {
  const s = v === null ? '' : typeof v === 'number' ? String(Math.round(v * 1000) / 1000) : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Long format, one figure a row (RFC 4180, CRLF): year,metric,path,value. */
export function inclusionReportCsv(r: InclusionReport): string {
  const rows: Array<[string, string, number | null]> = [
    ['vacancies_reported', '', r.vacanciesReported],
    ['nav_contacted', '', r.navContacted],
    ['nav_contacted_share', '', r.navContactedShare],
    ['closed', '', r.closed],
    ['hires', '', r.filled],
    ['target_group_hires', '', r.targetGroupHires],
    ['target_group_undisclosed', '', r.targetGroupUndisclosed],
    ...r.byPath.flatMap((p): Array<[string, string, number]> => [
      ['hires', p.pathId, p.hires],
      ['target_group_hires', p.pathId, p.targetGroupHires],
    ]),
    ['baseline_2020', '', r.baseline.hires2020],
    ['baseline_2021', '', r.baseline.hires2021],
    ['baseline_average', '', r.baseline.average],
    ['difference_from_baseline', '', r.comparison?.difference ?? null],
  ];
  return ['year,metric,path,value', ...rows.map(([m, p, v]) => [cell(r.year), cell(m), cell(p), cell(v)].join(','))].join('\r\n') + '\r\n';
}
