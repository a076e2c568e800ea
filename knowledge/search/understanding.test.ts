/** Reading the question: scope, sector, follow-ups, compound questions and meaningful words, over the curated entries. */
import { describe, expect, it } from 'vitest';
import { createCuratedIndex } from './curated.js';
import {
  COMPOUND,
  FOLLOW_UPS,
  HIRING_CONTEXT,
  LEANS_BACK_UNANSWERED,
  NEW_SUBJECT,
  MEANINGFUL,
  OFF_TOPIC,
  ONE_ASK,
  SECTOR_CASES,
  UNRELATED,
} from '../../test/support/retrievalCases.js';

const index = createCuratedIndex({ date: '2026-12-01' });
const shownIds = (r: ReturnType<typeof index.answer>) => (r.bySector ? [r.bySector.state.id, r.bySector.municipal.id] : r.entry ? [r.entry.id] : []);

describe('scope', () => {
  it.each(OFF_TOPIC)('refuses %s as %s', (question, kind) => {
    const r = index.answer(question);
    expect(r.answered, `answered with ${r.entry?.id}`).toBe(false);
    expect(r.offTopic).toBe(kind);
  });

  it.each(HIRING_CONTEXT)('keeps %s in scope', (question) => {
    expect(index.answer(question).offTopic).toBeUndefined();
  });

  it.each(UNRELATED)('refuses %s', (question) => {
    const r = index.answer(question);
    expect(r.answered, `answered with ${r.entry?.id} (${r.score})`).toBe(false);
  });
});

describe('sector', () => {
  it.each(SECTOR_CASES)('%s (asker %s) → %j for %s', (question, asker, expected, shown) => {
    const r = index.answer(question, { sector: asker });
    expect(r.answered, `score ${r.score}`).toBe(true);
    const ids = shownIds(r);
    expect([expected].flat().every((id) => ids.includes(id)) || [expected].flat().includes(r.entry!.id), `got ${ids.join('+')}`).toBe(true);
    expect(r.bySector ? 'both' : (r.sector ?? null)).toBe(shown);
    // Never the other sector's entry as the answer for a known sector.
    const sector = r.sector;
    if (sector && !r.otherSectorOnly) expect(['both', sector]).toContain(r.entry!.sector);
  });
  // Round 16: a state asker's question whose state entry scored just under the threshold got the municipal rule
  // (labelled) as the answer; the own entry near the threshold now keeps the other sector's rule out.
  it.each([['En fast ansatt hos oss får ny stilling i en annen avdeling. Skal hun ha ny prøvetid?', 'state']] as const)(
    "%s (asker %s) is never answered with the other sector's rule while an own entry comes near",
    (question, asker) => {
      const r = index.answer(question, { sector: asker });
      if (r.answered) expect(['both', asker]).toContain(r.entry!.sector);
      else expect(r.suggestions.some((e) => e.sector === asker || e.sector === 'both')).toBe(true);
    },
  );
});

describe('follow-ups', () => {
  it.each(FOLLOW_UPS)('%s → %s', (previous, followUp, expected) => {
    const first = index.answer(previous);
    expect(first.answered).toBe(true);
    const r = index.answer(followUp, { previous: first.memory });
    expect(r.answered, `score ${r.score}`).toBe(true);
    expect(r.followUp).toBe(true);
    expect([expected].flat()).toContain(r.entry!.id);
  });

  it.each(LEANS_BACK_UNANSWERED)('%s → %s: no answer from another topic', (previous, followUp) => {
    const first = index.answer(previous);
    expect(first.answered).toBe(true);
    const r = index.answer(followUp, { previous: first.memory });
    expect(r.answered, `answered with ${r.entry?.id}`).toBe(false);
    expect(index.answer(followUp).answered, 'the test needs a question another entry answers on its own').toBe(true);
  });

  it.each(NEW_SUBJECT)('%s → %s: a subject of its own, not a follow-up', (previous, question) => {
    const first = index.answer(previous);
    expect(first.answered).toBe(true);
    const r = index.answer(question, { previous: first.memory });
    expect(r.followUp, `read as a follow-up, answered with ${r.entry?.id}`).toBeFalsy();
  });

  it('keeps no question text in what it remembers', () => {
    const r = index.answer('Kan vi ansette Kari Nordmann med hull i CV-en?');
    expect(JSON.stringify(r.memory)).not.toMatch(/Kari|Nordmann/);
  });
});

describe('compound questions', () => {
  it.each(COMPOUND)('%s', (question, main, second) => {
    const r = index.answer(question);
    expect(r.answered).toBe(true);
    expect([main].flat(), `main ${r.entry?.id}`).toContain(r.entry!.id);
    expect([second].flat(), `second ${r.second?.entry.id}`).toContain(r.second?.entry.id);
  });
});

describe('one ask with context', () => {
  it.each(ONE_ASK)('%s', (question, expected) => {
    const r = index.answer(question);
    expect(r.answered).toBe(true);
    expect([expected].flat()).toContain(r.entry!.id);
    expect(r.second).toBeUndefined();
  });
});

describe('words that carry meaning', () => {
  it.each(MEANINGFUL)('%s', (question, expected) => {
    const r = index.answer(question);
    expect(r.answered, `score ${r.score}`).toBe(true);
    expect([expected].flat(), `got ${shownIds(r).join('+')}`).toContain(r.entry!.id);
  });
});
