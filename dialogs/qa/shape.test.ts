import { describe, expect, it } from 'vitest';
import { splitAnswer } from './shape.js';

const list = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `- punkt ${i + from} med en forklaring som gjør listen lang nok`).join('\n');

describe('splitAnswer: what the card shows before "Vis mer"', () => {
  it.each([
    {
      name: 'a plain answer: lead, rest of the paragraph, detail',
      answer: 'Ja, det kan dere. Det står i loven.\n\nMer tekst her.',
      lead: 'Ja, det kan dere.',
      explanation: 'Det står i loven.',
      detail: 'Mer tekst her.',
    },
    {
      name: 'an explanation ending with a colon brings the list it introduces',
      answer: 'NAV dekker en andel av lønnskostnaden. Den trappes ned – i dag:\n\n- 40 % i 6 måneder\n- 60 % i 12 måneder\n\nRefusjonsgrunnlaget er lønn.',
      lead: 'NAV dekker en andel av lønnskostnaden.',
      explanation: 'Den trappes ned – i dag:\n\n- 40 % i 6 måneder\n- 60 % i 12 måneder',
      detail: 'Refusjonsgrunnlaget er lønn.',
    },
    {
      name: 'a lead ending with a colon and a long list: its first six items, the rest in detail',
      answer: `Dette kan dere bruke, etter loven:\n\n${list(8)}\n\nSlutt.`,
      lead: 'Dette kan dere bruke, etter loven:',
      explanation: list(6),
      detail: `${list(2, 7)}\n\nSlutt.`,
    },
    {
      name: 'a numbered list after a colon',
      answer: 'Loven sier dere skal gjøre fire ting. Slik:\n\n1. Undersøke\n2. Analysere\n3. Iverksette\n4. Evaluere',
      lead: 'Loven sier dere skal gjøre fire ting.',
      explanation: 'Slik:\n\n1. Undersøke\n2. Analysere\n3. Iverksette\n4. Evaluere',
      detail: '',
    },
    {
      name: 'a date does not end the first sentence',
      answer: 'Regelen gjelder fra 1. juli 2022 for alle statlige virksomheter. Før det gjaldt § 7.',
      lead: 'Regelen gjelder fra 1. juli 2022 for alle statlige virksomheter.',
      explanation: 'Før det gjaldt § 7.',
      detail: '',
    },
    {
      name: 'a colon followed by prose (not a list) is left as it was',
      answer: 'Det kommer an på dette. Slik er det:\n\nEn lang forklaring som ikke er en liste.',
      lead: 'Det kommer an på dette.',
      explanation: 'Slik er det:',
      detail: 'En lang forklaring som ikke er en liste.',
    },
  ])('$name', ({ answer, lead, explanation, detail }) => {
    const parts = splitAnswer(answer);
    expect(parts.lead).toBe(lead);
    expect(parts.explanation).toBe(explanation);
    expect(parts.detail).toBe(detail);
  });

  it('keeps "Neste steg" apart wherever it stands', () => {
    const parts = splitAnswer(`Ja, det kan dere. Slik:\n\n_Neste steg:_ Ring NAV.\n\n${list(2)}`);
    expect(parts.nextStep).toBe('Ring NAV.');
    expect(parts.explanation).toBe(`Slik:\n\n${list(2)}`);
  });
});
