/** The notification summary of a card is its first line of text, found without reading the rest. */
import { describe, expect, it } from 'vitest';
import { action, actionSet, card, container, text, type AdaptiveCard } from './cardKit.js';
import { cardSummary, cardText } from './cardKit.js';

const CASES: Array<[string, AdaptiveCard, string]> = [
  ['the first text block', card([text('Ja, det kan dere.'), text('Mer')]), 'Ja, det kan dere.'],
  ['only the first line of a text of several', card([text('Første linje\nAndre linje')]), 'Første linje'],
  ['a text inside a container first', card([container([text('Inne')]), text('Ute')]), 'Inne'],
  ['a button title when there is no text', card([actionSet([action('Spør HR', 'qa.sendToHr', {})])]), 'Spør HR'],
  ['nothing for an empty card', card([]), ''],
  ['at most 200 characters', card([text('a'.repeat(300))]), 'a'.repeat(200)],
];

describe('cardSummary', () => {
  it.each(CASES)('%s', (_, c, summary) => {
    expect(cardSummary(c)).toBe(summary);
    // The same as the first line of the whole card's text, as it was computed before.
    expect(cardSummary(c)).toBe(cardText(c).split('\n')[0].slice(0, 200));
  });
});
