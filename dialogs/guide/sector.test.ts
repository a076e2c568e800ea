/**
 * Every text of a run in the variant for its sector: walks every question of both sectors (random runs,
 * seeded, with sector switches on the way), and fails on any card that names the other sector's law.
 */
import { describe, expect, it } from 'vitest';
import { guideSetup, randomRun, seeded } from '../../test/support/guideDriver.js';
import type { AdaptiveCard } from '../shared/cardKit.js';
import { QUESTIONS } from './questions.js';

/** The laws that belong to one sector only. */
const LAW_OF = {
  state: /statsansatte(?:loven|forskriften)|tjenestemanns(?:loven|forskriften)/i,
  municipal: /arbeidsmiljøloven § 14-9|\bKS\b|Hovedtariffavtalen|ulovfestede kvalifikasjonsprinsipp/i,
} as const;

/** The sector a card's header names, or undefined for a card outside a run's rules (notices, the sector question). */
function sectorOf(card: AdaptiveCard): 'state' | 'municipal' | undefined {
  const json = JSON.stringify(card);
  if (json.includes('**Regler for staten**')) return 'state';
  if (json.includes('**Regler for kommunen**')) return 'municipal';
  const order = /"order":\{"sector":"(state|municipal)"/.exec(json);
  return order ? (order[1] as 'state' | 'municipal') : undefined;
}

function otherLawIn(card: AdaptiveCard): string | undefined {
  const json = JSON.stringify(card);
  const sector = sectorOf(card);
  const forbidden = sector === 'state' ? [LAW_OF.municipal] : sector === 'municipal' ? [LAW_OF.state] : [LAW_OF.state, LAW_OF.municipal];
  for (const re of forbidden) {
    const m = re.exec(json);
    if (m) return `${sector ?? 'no sector'}: «${json.slice(Math.max(0, m.index - 80), m.index + 60)}»`;
  }
  return undefined;
}

describe('every text of a run is for its sector', () => {
  it.each(['state', 'municipal'] as const)(
    "%s: every question, review, result and NAV order, and no other sector's law",
    async (sector) => {
      const t = guideSetup();
      const rnd = seeded(sector === 'state' ? 7 : 11);
      const seen = new Set<string>();
      for (let i = 0; i < 60; i++) {
        const end = (['order', 'finish', 'open'] as const)[i % 3];
        const { asked } = await randomRun(t, rnd, { sector, end, switchChance: i % 4 === 0 ? 0.08 : 0 });
        asked.forEach((q) => seen.add(q));
      }
      // Municipal: the state-only questions are never asked, nor «qualified», which no municipal rule turns on.
      const expected = QUESTIONS.filter((q) => sector === 'state' || !['regulation', 'higherEducation', 'completedTrainee', 'qualified'].includes(q.id)).map((q) => q.id);
      // Every question of the sector was shown (the sector question too: the first run asks it).
      expect([...seen].filter((q) => expected.includes(q as never)).sort()).toEqual([...expected].sort());
      const inSector = t.cards.filter((c) => sectorOf(c) === sector);
      expect(inSector.length).toBeGreaterThan(200);
      const problems = t.cards.map(otherLawIn).filter(Boolean);
      expect(problems.slice(0, 5)).toEqual([]);
    },
    120_000,
  );

  it('the check can fail: a state law on a municipal card is caught', () => {
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: '**Regler for kommunen** · Resultat' },
        { type: 'TextBlock', text: 'Lovgrunnlag: statsansatteloven § 7' },
      ],
    } as unknown as AdaptiveCard;
    expect(otherLawIn(card)).toMatch(/statsansatteloven/);
  });
});
