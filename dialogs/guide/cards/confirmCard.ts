import { action, card, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import { S, type SectorKey } from '../strings.js';
import { VERBS } from '../verbs.js';
import type { Prefill } from '../prefill.js';
import { runHeader } from './header.js';

/**
 * Before answers are thrown away: "ny stilling", "avbryt" or a new vacancy in the middle of a run, or an
 * unfinished run found the next time. Fortsett shows where it stopped; Start på nytt discards it.
 */
export function confirmCard(v: {
  token: string;
  sector?: SectorKey;
  title: string;
  summary: string;
  /** "avbryt": also offer to end without starting again. */
  offerDiscard?: boolean;
  /** A new vacancy's prefill, kept for the fresh start. */
  prefill?: Prefill;
}): AdaptiveCard {
  const startOver = { flow: v.token, ...(v.prefill ? { prefill: v.prefill } : {}) };
  return card(
    [runHeader(v.sector, S.unfinishedLabel), heading(v.title), text(v.summary), text(S.discardBody, { size: 'Small', subtle: true })],
    [
      action(S.continueRun, VERBS.resume, { flow: v.token }, 'positive'),
      action(S.startOver, VERBS.startOver, startOver),
      ...(v.offerDiscard ? [action(S.discardOnly, VERBS.discard, { flow: v.token })] : []),
    ],
  );
}
