import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, startSession, type Session } from './playground.js';

describe.skipIf(!browserAvailable)('question answering in the Agents Playground', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession();
  }, 90_000);
  afterAll(async () => s?.close());

  it('types a question, sees the answer card, clicks thumbs up', async () => {
    await s.see('Velkommen til Inkluderingsveilederen');
    await s.say('Kan vi ansette noen fra NAV med lønnstilskudd uten å lyse ut?');
    await s.see('Var dette nyttig?');
    await s.see('Kilder');
    await s.page.getByRole('button', { name: '👍 Ja' }).last().click();
    await s.see('Takk for tilbakemeldingen!');
    const file = await s.shot('qa-answer');
    expect(file).toMatch(/qa-answer\.png$/);
  }, 60_000);
});
