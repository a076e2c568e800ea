import { text, type CardElement } from '../../shared/cardKit.js';
import { S, type SectorKey } from '../strings.js';

/** The first line of every card in a run: whose rules apply, and where we are. */
export function runHeader(sector: SectorKey | undefined, where: string): CardElement {
  return text(S.header(sector, where), { size: 'Small', spacing: 'None' });
}
