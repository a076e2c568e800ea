import { action, card, container, facts, heading, text, type AdaptiveCard, type CardElement } from '../../shared/cardKit.js';
import type { InclusionReport } from '../report.js';
import { formatNumber, S } from '../strings.js';

function baselineBlock(r: InclusionReport): CardElement[] {
  if (r.baseline.average === null) {
    const partial = r.baseline.hires2020 !== null || r.baseline.hires2021 !== null;
    return [text(partial ? S.rBaselinePartial : S.rBaselineMissing, { subtle: true })];
  }
  return [
    facts([
      [S.rBaseline, formatNumber(r.baseline.average)],
      [S.rComparison, S.rComparisonValue(r.comparison!.difference)],
    ]),
  ];
}

export function reportCard(r: InclusionReport): AdaptiveCard {
  return card(
    [
      heading(S.reportTitle(r.year)),
      text(S.reportIntro, { subtle: true, size: 'Small' }),
      facts([
        [S.rReported, String(r.vacanciesReported)],
        [S.rNavContacted, S.rNavShare(r.navContacted, r.vacanciesReported, r.navContactedShare)],
        [S.rClosed, String(r.closed)],
        [S.rFilled, String(r.filled)],
        [S.rTargetGroup, String(r.targetGroupHires)],
        [S.rUndisclosed, String(r.targetGroupUndisclosed)],
      ]),
      container(
        [
          text(S.rByPath, { weight: 'Bolder' }),
          r.byPath.length ? facts(r.byPath.map((p) => [S.path[p.pathId], S.rPathLine(p.hires, p.targetGroupHires)])) : text(S.rNoHires, { subtle: true }),
        ],
        { separator: true, spacing: 'Medium' },
      ),
      container(baselineBlock(r), { separator: true, spacing: 'Medium' }),
      ...(r.includesRetainedCounts ? [text(S.rRetained, { subtle: true, size: 'Small' })] : []),
    ],
    [
      action(S.rPrevYear(r.year - 1), 'vacancy.report', { year: r.year - 1 }),
      action(S.rNextYear(r.year + 1), 'vacancy.report', { year: r.year + 1 }),
      action(S.rSetBaseline, 'vacancy.baselineForm'),
    ],
  );
}
