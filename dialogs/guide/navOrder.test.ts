import { describe, expect, it } from 'vitest';
import { buildCase } from './buildCase.js';
import { orderSummary, OrderSummarySchema, orderText, validateOrder, type OrderDraft } from './navOrder.js';
import type { Answers } from './questions.js';
import { assess, TITLES } from './rules.js';
import { TEST_DAY } from '../../test/support/clock.js';

const good: OrderDraft = { title: 'Saksbehandler', tasks: 'Behandle søknader og svare på henvendelser.', requirements: '', percent: '80', startDate: '2025-03-01' };

describe('the order to NAV', () => {
  it.each([
    ['title', { title: '' }],
    ['tasks', { tasks: 'kort' }],
    ['percent', { percent: '0' }],
    ['percent', { percent: '101' }],
    ['percent', { percent: 'åtti' }],
    ['startDate', { startDate: '2025-02-30' }],
    ['startDate', { startDate: '' }],
  ] as const)('rejects a bad %s', (field, change) => {
    const r = validateOrder({ ...good, ...change });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors)).toEqual([field]);
  });

  it('builds a text about the position and the hiring path, never the candidate', () => {
    const v = validateOrder(good);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const answers: Answers = {
      sector: 'state',
      permanent: 'temporary',
      duration: 12,
      ground: 'temporary_work',
      hasCandidate: 'yes',
      disability: 'yes',
      subsidy: 'subsidy:reduced',
      reducedCapacity: 'yes',
    };
    const a = assess(buildCase(answers), { today: TEST_DAY });
    const summary = orderSummary(answers, a, TITLES as Record<string, string>);
    expect(OrderSummarySchema.parse(summary)).toEqual(summary); // it travels in card data and is checked on return
    const t = orderText(v.form, summary);
    expect(t).toContain('Saksbehandler');
    expect(t).toContain('80 %');
    expect(t).toContain('1.3.2025');
    expect(t).toContain('Midlertidig i 12 måneder');
    expect(t).toMatch(/Oppfølging vi ønsker/);
    expect(t).toContain('Midlertidig lønnstilskudd');
    for (const p of a.paths.filter((x) => x.applies === 'yes' && !x.id.endsWith('.ordinary'))) expect(t).toContain((TITLES as Record<string, string>)[p.id]);
    expect(t).not.toMatch(/funksjonsnedsettelse|nedsatt arbeidsevne|diagnose/i);
    expect(JSON.stringify(summary)).not.toMatch(/funksjonsnedsettelse|nedsatt arbeidsevne|diagnose|disability|reduced/i);
  });

  it('cites laws as people write them', () => {
    const answers: Answers = { sector: 'state', permanent: 'temporary', duration: 4, ground: 'temporary_work', hasCandidate: 'no' };
    const s = orderSummary(answers, assess(buildCase(answers), { today: TEST_DAY }), TITLES as Record<string, string>);
    expect(s.paths.map((p) => p.basis)).toContain('statsansatteloven §§ 7 og 9');
  });
});
