/** assess(case): which hiring paths are open, what must be done, what to watch out for, what NAV pays. */
import { SEED_DOCUMENTS } from '../entries/schema.js';
import { applies, Facts } from './facts.js';
import { decideMunicipal } from './municipal.js';
import { navMeasures } from './nav.js';
import { obligations, warnings } from './notices.js';
import { whyText } from './rule.js';
import { renderParameters } from '../parameters/format.js';
import type { AssessmentCase } from './schema.js';
import { decideState } from './state.js';
import { targetGroup } from './targetGroup.js';
import type { Assessment, PathResult, SourceRef } from './types.js';

/** Bumped whenever a rule's outcome or text can change; the guide stores it with saved flows. */
export const RULESET_VERSION = '2026-11-30.2';

const osloDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Norway (YYYY-MM-DD): a rule that changed at midnight changed at Norwegian midnight. */
export function todayInNorway(now: Date): string {
  return osloDate.format(now);
}

/**
 * Pure: `today` (YYYY-MM-DD, from the caller's clock) is the date a case without asOf is judged on.
 * Never throws for a case parseCase accepted.
 */
export function assess(c: AssessmentCase, opts: { today: string }): Assessment {
  const f = new Facts(c, opts.today);
  const tg = targetGroup(f);
  const decided = f.sector === 'state' ? decideState(f) : decideMunicipal(f);

  const missing = new Set<string>();
  // Texts name dated parameters as {{p:id}}; they show the value in force on asOf.
  const r = (text: string) => renderParameters(text, f.asOf);
  const paths: PathResult[] = decided.map(({ rule, decision }) => {
    if (decision.val.v === null) decision.val.unknown.forEach((u) => missing.add(u));
    return {
      id: rule.id,
      applies: applies(decision.val),
      legalBasis: [...rule.legalBasis],
      why: r(whyText(rule, decision)),
      conditions: rule.conditions.map(r),
      steps: rule.steps.map(r),
    };
  });
  if (f.hasCandidate && tg.member.v === null) tg.member.unknown.forEach((u) => missing.add(u));
  const nav = navMeasures(f);
  nav.unknown.forEach((u) => missing.add(u));

  return {
    targetGroup: { disability: tg.disability.v, cvGap: tg.cvGap.v, member: tg.member.v },
    paths,
    obligations: obligations(f, paths, tg).map((n) => ({ ...n, text: r(n.text) })),
    warnings: warnings(f, tg).map((n) => ({ ...n, text: r(n.text) })),
    measures: nav.measures.map((m) => ({ ...m, text: r(m.text) })),
    missing: [...missing].sort(),
    sources: sourcesFor(f.sector),
  };
}

const REPORT = SEED_DOCUMENTS['002_b87eac80d50e4c8e.txt'];
const LETTER_TO_KS = SEED_DOCUMENTS['000_330d67e8c3ec0145.txt'];

function sourcesFor(sector: 'state' | 'municipal'): SourceRef[] {
  const nav: SourceRef = { title: 'tiltaksforskriften', ref: 'kap. 9 (midlertidig lønnstilskudd)' };
  const ldl: SourceRef = { title: 'likestillings- og diskrimineringsloven', ref: '§ 22 (individuell tilrettelegging)' };
  return sector === 'state'
    ? [
        { title: 'statsansatteloven', ref: '§§ 3–9' },
        { title: 'statsansatteforskriften', ref: '§§ 3a, 4 og 4a' },
        { title: REPORT, ref: 'kap. 3 Rammer og regelverk for ansettelser og inkludering i statlig tariffområde' },
        { title: 'arbeidsmiljøloven', ref: '§ 14-1 (intern kunngjøring), § 4-6 (tilrettelegging)' },
        nav,
        ldl,
      ]
    : [
        { title: LETTER_TO_KS, ref: 'Ansettelse av personer med nedsatt funksjonsevne og fravær fra arbeid, utdanning og opplæring i kommunal sektor' },
        { title: 'arbeidsmiljøloven', ref: '§ 14-9 (midlertidig ansettelse), § 14-1 (intern kunngjøring), § 4-6 (tilrettelegging)' },
        { title: 'likestillings- og diskrimineringsloven', ref: '§ 11 (positiv særbehandling)' },
        { title: REPORT, ref: 'kap. 3.4 Muligheter for økt inkludering med dagens regelverk' },
        nav,
        ldl,
      ];
}
