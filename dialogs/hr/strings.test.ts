/** HR's cards name every history action and sector, and a value without a text throws instead of showing the raw id. */
import { describe, expect, it } from 'vitest';
import { textFor } from '../shared/textFor.js';
import type { HistoryAction } from './entryStore.js';
import { S } from './strings.js';

const ACTIONS: HistoryAction[] = ['created', 'edited', 'retired', 'restored', 'imported'];
const SECTORS = ['state', 'municipal', 'both'];

describe('HR’s string tables', () => {
  it.each(ACTIONS)('the history names the action %s', (a) => expect(textFor(S.actions, a, 'history action')).not.toBe(''));
  it.each(SECTORS)('an entry line names the sector %s', (s) => expect(textFor(S.entry.sectors, s, 'sector')).not.toBe(''));
  it.each([
    ['an unknown history action', () => textFor(S.actions, 'deleted', 'history action'), /no history action text for «deleted»/],
    ['an unknown sector', () => textFor(S.entry.sectors, 'county', 'sector'), /no sector text for «county»/],
    ['an empty text', () => textFor({ x: '' }, 'x', 'test'), /no test text for «x»/],
  ])('throws for %s', (_what, lookup, message) => expect(lookup).toThrow(message));
});
