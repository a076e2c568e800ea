import { action, card, heading, text, type AdaptiveCard } from '../shared/cardKit.js';
import { S } from './strings.js';

/** The 1:1 message after a case question or HR list was asked in a channel: one button continues it here. */
export function handOffCard(resume: { verb: string; data: Record<string, unknown> }): AdaptiveCard {
  return card([heading(S.handOffTitle), text(S.handOffPrivate)], [action(S.handOffContinue, resume.verb, resume.data)]);
}
