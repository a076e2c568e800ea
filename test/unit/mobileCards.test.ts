/**
 * Cards render on Teams mobile: every card the guide, the NAV order, help and the vacancy checklist
 * can produce states its version (at most 1.5 — Teams' limit for bot cards; mobile refuses a card without
 * one), uses only elements and actions that Teams mobile renders, never scrolls sideways (text wraps,
 * at most three columns) and stays under the message size limit.
 */
import { describe, expect, it } from 'vitest';
import { checklistCard } from '../../dialogs/vacancy/cards/checklistCard.js';
import { closeCard } from '../../dialogs/vacancy/cards/closeCard.js';
import { vacancyFormCard } from '../../dialogs/vacancy/cards/vacancyFormCard.js';
import { createHelpFeature } from '../../dialogs/help/index.js';
import { handOffCard } from '../../dialogs/help/handOffCard.js';
import { helpCard } from '../../dialogs/help/helpCard.js';
import { welcomeCard } from '../../dialogs/help/welcomeCard.js';
import { noticeCard } from '../../dialogs/help/noticeCard.js';
import type { AdaptiveCard } from '../../dialogs/shared/cardKit.js';
import type { HelpItem } from '../../dialogs/shared/turn.js';
import type { Vacancy } from '../../dialogs/vacancy/model.js';
import { sampleVacancy } from '../support/vacancyHarness.js';
import { guideSetup, randomRun, seeded } from '../support/guideDriver.js';

/** Elements and actions Teams renders on iOS and Android (Adaptive Cards ≤ 1.5; no Table, Media or Carousel). */
const ELEMENTS = new Set([
  'TextBlock',
  'Container',
  'ColumnSet',
  'Column',
  'FactSet',
  'ActionSet',
  'Image',
  'Input.Text',
  'Input.Number',
  'Input.Date',
  'Input.Time',
  'Input.Toggle',
  'Input.ChoiceSet',
]);
const ACTIONS = new Set(['Action.Execute', 'Action.OpenUrl', 'Action.ToggleVisibility', 'Action.ShowCard']);

function problems(card: AdaptiveCard): string[] {
  const out: string[] = [];
  if (typeof card.version !== 'string' || !/^1\.[0-5]$/.test(card.version)) out.push(`version ${String(card.version)}`);
  const walk = (n: unknown, key = ''): void => {
    if (Array.isArray(n)) return n.forEach((x) => walk(x, key));
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    const type = typeof o.type === 'string' ? o.type : undefined;
    if (type && type !== 'AdaptiveCard') {
      if (type.startsWith('Action.')) {
        if (!ACTIONS.has(type)) out.push(`action ${type}`);
      } else if (!ELEMENTS.has(type)) out.push(`element ${type}`);
      if (type === 'TextBlock' && o.wrap !== true) out.push(`TextBlock without wrap: ${String(o.text).slice(0, 40)}`);
      if (type === 'ColumnSet' && Array.isArray(o.columns) && o.columns.length > 3) out.push('ColumnSet with more than 3 columns');
      if (type === 'Column' && typeof o.width === 'string' && /px$/.test(o.width) && parseInt(o.width, 10) > 48) out.push(`Column ${o.width} wide`);
    }
    for (const [k, v] of Object.entries(o)) walk(v, k);
  };
  walk(card);
  if (JSON.stringify(card).length >= 28_000) out.push('larger than 28 KB');
  return out;
}

const vacancy = (over: Partial<Vacancy> = {}): Vacancy => sampleVacancy({ sector: 'municipal', managerId: 'm', ...over });

describe('cards on Teams mobile', () => {
  it('every card of the guide and the NAV order', async () => {
    const t = guideSetup();
    const rnd = seeded(13);
    for (let i = 0; i < 24; i++) await randomRun(t, rnd, { sector: i % 2 ? 'state' : 'municipal', end: (['order', 'finish', 'open'] as const)[i % 3], switchChance: 0.05 });
    await t.command('ny stilling');
    await t.say('avbryt');
    expect(t.cards.length).toBeGreaterThan(150);
    const bad = t.cards.flatMap((c) => problems(c).map((p) => `${p} in ${JSON.stringify(c).slice(0, 120)}`));
    expect(bad.slice(0, 5)).toEqual([]);
  }, 120_000);

  it('help, welcome, hand-off and the vacancy checklist', () => {
    const items: HelpItem[] = [
      { title: 'Vurder en ledig stilling', description: 'x', command: 'ny stilling', verb: 'guide.start' },
      { title: 'HR-meny', description: 'y', command: 'hr', verb: 'hr.menu', roles: ['hr'] },
    ];
    const help = createHelpFeature({ features: () => [{ name: 'x', help: items }], roleOf: async () => 'hr' });
    const cards: AdaptiveCard[] = [
      helpCard(items, 'hr'),
      helpCard(items, 'manager'),
      welcomeCard(items),
      noticeCard('Tittel', 'Tekst'),
      handOffCard({ verb: 'router.continue', data: { text: 'ny stilling' } }),
      ...help.handOffMessages({ verb: 'guide.start', data: {} }).flatMap((m) => (m.type === 'card' ? [m.card] : [])),
      vacancyFormCard({ askSector: true, formId: 'f' }),
      checklistCard(vacancy(), { hrAvailable: true, navContact: 'NAV Oslo' }),
      checklistCard(vacancy({ sentToHrAt: '2026-03-02T10:00:00.000Z', sector: 'state' }), { hrAvailable: true }),
      closeCard(vacancy()),
    ];
    for (const c of cards) expect(problems(c)).toEqual([]);
  });

  it('the check can fail', () => {
    expect(
      problems({
        type: 'AdaptiveCard',
        version: '1.6',
        body: [
          { type: 'Table', rows: [] },
          { type: 'TextBlock', text: 'x' },
        ],
      } as never),
    ).toEqual(['version 1.6', 'element Table', 'TextBlock without wrap: x']);
  });
});
