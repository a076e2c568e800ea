import { action, actionSet, card, container, text, type AdaptiveCard } from '../../shared/cardKit.js';
import type { Entry } from '../../../knowledge/entries/schema.js';
import { leadFor, splitSafeAnswer } from '../shape.js';
import { S } from '../strings.js';

/**
 * The rule differs by sector and the asker's sector is unknown: each sector's answer in one labelled
 * line, and one tap (Staten / Kommune) that opens the whole answer for that sector and remembers it.
 * Entries are rendered for today.
 */
export function bothSectorsCard(question: string, pair: { state: Entry; municipal: Entry }, note?: string): AdaptiveCard {
  const line = (e: Entry) => leadFor(question, e.questions[0], splitSafeAnswer(e.answer).lead);
  return card([
    ...(note ? [text(note, { subtle: true, size: 'Small' })] : []),
    text(S.differsTitle, { weight: 'Bolder', size: 'Medium' }),
    container([text(`**${S.inState}:** ${line(pair.state)}`), text(`**${S.inMunicipality}:** ${line(pair.municipal)}`, { spacing: 'Small' })], { spacing: 'Small' }),
    text(S.whichSector, { subtle: true, size: 'Small', spacing: 'Medium' }),
    actionSet([
      action(S.pickState, 'qa.sector', { sector: 'state', entryId: pair.state.id, question }),
      action(S.pickMunicipality, 'qa.sector', { sector: 'municipal', entryId: pair.municipal.id, question }),
    ]),
    text(S.disclaimer, { subtle: true, size: 'Small', spacing: 'Medium' }),
  ]);
}
