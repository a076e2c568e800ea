/** assess(case): which hiring paths are open, what must be done, what to watch out for, what NAV pays. */
import { Facts } from './facts.js';
import { municipalPaths } from './municipal.js';
import { navMeasures } from './nav.js';
import { obligations, warnings } from './notices.js';
import type { AssessmentCase } from './schema.js';
import { statePaths } from './state.js';
import { targetGroup } from './targetGroup.js';
import type { Assessment, SourceRef } from './types.js';

/** Bumped whenever a rule's outcome can change; stored with saved guide flows. */
export const RULESET_VERSION = '2026-11-23.2';

const today = (): string => new Date().toISOString().slice(0, 10);

export function assess(c: AssessmentCase, opts: { today?: string } = {}): Assessment {
  const f = new Facts(c, opts.today ?? today());
  const tgTracked = f.track(() => targetGroup(f));
  const tg = tgTracked.value;
  const pathResults = f.sector === 'state' ? statePaths(f) : municipalPaths(f);
  const paths = pathResults.map((p) => p.path);
  const nav = navMeasures(f);

  const missing = new Set<string>();
  if (f.hasCandidate && tg.member === null) tgTracked.unknown.forEach((u) => missing.add(u));
  for (const p of pathResults) p.unknown.forEach((u) => missing.add(u));
  nav.unknown.forEach((u) => missing.add(u));

  return {
    targetGroup: tg,
    paths,
    obligations: obligations(f, paths),
    warnings: warnings(f),
    measures: nav.measures,
    missing: [...missing].sort(),
    sources: sourcesFor(f.sector),
  };
}

function sourcesFor(sector: 'state' | 'municipal'): SourceRef[] {
  const common: SourceRef[] = [
    { title: 'Oslo Economics: Fremmere og hemmere for inkluderingsarbeid i statlig tariffområde (2023)', ref: sector === 'state' ? 'kap. 3 Regelverk og virkemidler' : 'kap. 3.4 NAVs virkemidler' },
    { title: 'tiltaksforskriften', ref: '§ 9-4 (midlertidig lønnstilskudd)' },
    { title: 'arbeidsmiljøloven', ref: '§ 14-1, § 4-6' },
  ];
  return sector === 'state'
    ? [{ title: 'statsansatteloven', ref: '§§ 3–9' }, { title: 'statsansatteforskriften', ref: '§§ 3a, 4 og 4a' }, ...common]
    : [
        { title: 'Brev fra Arbeids- og inkluderingsdepartementet til KS, 3. november 2023 (ref. 17/267)', ref: 'Begrenset søkerkrets til målgruppen' },
        { title: 'arbeidsmiljøloven', ref: '§ 14-9' },
        ...common,
      ];
}
