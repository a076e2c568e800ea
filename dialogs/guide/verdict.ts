/**
 * The first lines of the result: the verdict in plain words for this case, then the other open paths
 * as short lines. The verdict names the strongest path that applies: one without advertisement before
 * one with, a permanent post before a temporary one.
 */
import { listOf } from './plainText.js';
import type { Answers } from './questions.js';
import type { Assessment, PathResult } from './rules.js';
import { SHORT_TITLES, S, VERDICT } from './strings.js';
import { textFor } from '../shared/textFor.js';

/** Paths in the order a manager would prefer them; the first that applies gives the verdict. */
const PRIORITY = [
  'state.trainee-conversion',
  'state.wage-subsidy-exemption',
  'municipal.labour-market-measure-temporary',
  'state.administrative-appointment',
  'state.trainee-programme',
  'municipal.targeted-advertisement',
  'state.ordinary',
  'municipal.ordinary',
] as const;

export interface Verdict {
  /** One sentence: what the manager can do in this case. */
  text: string;
  /** The path the sentence is about (its steps come first on the card). */
  pathId: string;
  /** The other open paths in short lines: those that apply, then those that may. */
  lines: string[];
  /** The open paths in the order the card explains them: the verdict's first. */
  order: string[];
}

const rank = (p: PathResult): number => {
  const i = (PRIORITY as readonly string[]).indexOf(p.id);
  return i < 0 ? PRIORITY.length : i;
};

export function verdictOf(a: Assessment, answers: Answers): Verdict {
  const yes = a.paths.filter((p) => p.applies === 'yes').sort((x, y) => rank(x) - rank(y));
  const maybe = a.paths.filter((p) => p.applies === 'maybe').sort((x, y) => rank(x) - rank(y));
  const best = yes[0];
  const dur = answers.permanent === 'temporary' && typeof answers.duration === 'number' ? VERDICT.duration(answers.duration) : '';
  const candidate = answers.hasCandidate === 'yes';
  const text = (() => {
    switch (best?.id) {
      case 'state.trainee-conversion':
        return VERDICT.traineeConversion;
      case 'state.wage-subsidy-exemption':
        return VERDICT.wageSubsidy(dur);
      case 'municipal.labour-market-measure-temporary':
        return candidate ? VERDICT.measureWithCandidate(dur) : VERDICT.measure(dur);
      case 'state.administrative-appointment':
        return candidate ? VERDICT.administrativeWithCandidate(dur) : VERDICT.administrative(dur);
      case 'state.trainee-programme':
        return VERDICT.traineeProgramme;
      case 'municipal.targeted-advertisement':
        return VERDICT.targeted;
      default:
        if (a.warnings.some((w) => w.id === 'missing-temporary-ground')) return VERDICT.noGround;
        return maybe.length ? VERDICT.ordinaryUnless : VERDICT.ordinary;
    }
  })();
  const title = (id: string) => textFor(SHORT_TITLES, id, 'short path title');
  const also = yes.filter((p) => p !== best).map((p) => title(p.id));
  const lines: string[] = [];
  if (also.length) lines.push(S.alsoLine(listOf(also, 'eller')));
  if (maybe.length)
    lines.push(
      S.maybeLine(
        listOf(
          maybe.map((p) => title(p.id)),
          'eller',
        ),
      ),
    );
  return { text, pathId: best?.id ?? '', lines, order: [...yes, ...maybe].map((p) => p.id) };
}
