/**
 * Privacy by construction: no card the guide, the NAV order or the vacancy checklist can produce offers
 * a cause of a CV gap, a diagnosis, substance use, a prison record or a name as something to pick or
 * type; and after full runs no stored record holds any of them, nor the candidate's answers.
 */
import { describe, expect, it } from 'vitest';
import { guideSetup, randomRun, seeded } from '../../test/support/guideDriver.js';
import { memoryStore } from '../../test/support/memoryStore.js';
import type { AdaptiveCard } from '../shared/cardKit.js';
import { checklistCard } from '../vacancy/cards/checklistCard.js';
import { closeCard } from '../vacancy/cards/closeCard.js';
import { vacancyFormCard } from '../vacancy/cards/vacancyFormCard.js';
import { CHECKLIST_ITEMS, type Vacancy } from '../vacancy/model.js';
import { actionsOf, act, runAction, sampleVacancy, setup as vacancySetup, MANAGER } from '../../test/support/vacancyHarness.js';
import { GUIDE_FLOWS, type GuideFlow } from './index.js';
import { CANDIDATE_QUESTIONS } from './flow.js';

/** The special categories the bot never collects, as words that would name them. */
const CATEGORY = /\brus\w*|soning|fengsel|straff|kriminal|diagnos\w*|sykdom|psykisk|fysisk|alkohol|narkotik\w*|\bnavn\b|fødsels(?:dato|nummer)|personnummer/i;

/** What a card lets a user pick or type: button titles, choices, input labels and placeholders. */
function offered(card: AdaptiveCard): string[] {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      const type = typeof o.type === 'string' ? o.type : '';
      if (type.startsWith('Action.') && typeof o.title === 'string') out.push(o.title);
      if (type.startsWith('Input.')) out.push(String(o.id ?? ''), String(o.label ?? ''), String(o.placeholder ?? ''), String(o.title ?? ''));
      if (type === 'Input.ChoiceSet') for (const c of (o.choices as Array<{ title: string; value: string }>) ?? []) out.push(c.title, c.value);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out.filter(Boolean);
}

/** Inputs a person can type free text into. */
const freeText = (card: AdaptiveCard): string[] => {
  const ids: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'Input.Text') ids.push(String(o.id));
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return ids;
};

const vacancy = (over: Partial<Vacancy> = {}): Vacancy => sampleVacancy(over);

describe('privacy by construction', () => {
  it('no card of the guide or the NAV order offers a cause, diagnosis, substance use, prison record or name; free text only in the order about the position', async () => {
    const t = guideSetup();
    const rnd = seeded(3);
    for (let i = 0; i < 40; i++) await randomRun(t, rnd, { sector: i % 2 ? 'state' : 'municipal', end: (['order', 'finish', 'open'] as const)[i % 3], switchChance: 0.05 });
    expect(t.cards.length).toBeGreaterThan(300);
    for (const c of t.cards) {
      for (const o of offered(c)) expect(o, JSON.stringify(c).slice(0, 200)).not.toMatch(CATEGORY);
      for (const id of freeText(c)) expect(['orderTitle', 'orderTasks', 'orderRequirements', 'orderCopy']).toContain(id);
    }
    // The CV-gap question is one yes/no: its buttons are Ja, Nei, Vet ikke — never a list of causes.
    const gap = t.cards.find((c) => JSON.stringify(c).includes('"q":"cvGap"'))!;
    expect(
      actionsOf(gap)
        .filter((a) => a.verb === 'guide.answer')
        .map((a) => a.title),
    ).toEqual(['Ja', 'Nei', 'Vet ikke']);
  }, 120_000);

  it('no card of the vacancy checklist offers them either', () => {
    const cards: AdaptiveCard[] = [
      vacancyFormCard({ askSector: true, formId: 'f' }),
      vacancyFormCard({ askSector: false, formId: 'f', values: { title: 'x' }, errors: { title: 'Må fylles ut.' } }),
      checklistCard(vacancy(), { hrAvailable: true }),
      checklistCard(vacancy({ checked: [...CHECKLIST_ITEMS], sentToHrAt: '2026-03-02T10:00:00.000Z' }), { hrAvailable: true, navContact: 'NAV Oslo' }),
      checklistCard(vacancy({ closed: { at: '2026-04-01T10:00:00.000Z', filled: true, pathId: 'state.wage-subsidy-exemption', targetGroup: 'yes' } })),
      closeCard(vacancy()),
      closeCard(vacancy({ sector: 'municipal' })),
    ];
    for (const c of cards) for (const o of offered(c)) expect(o).not.toMatch(CATEGORY);
  });

  it('after full runs nothing is stored about the candidate: finished runs are gone, open ones hold only yes/no answers', async () => {
    const store = memoryStore();
    const rnd = seeded(5);
    for (let i = 0; i < 12; i++) {
      const t = guideSetup({ store, actor: { userId: `u${i}`, conversationId: `c${i}`, conversationType: 'personal' } });
      await randomRun(t, rnd, { sector: i % 2 ? 'state' : 'municipal', end: i < 8 ? (i % 2 ? 'order' : 'finish') : 'open' });
      // Side questions typed with personal data go to the knowledge base, never into the run.
      if (i >= 8) await t.say('Kan jeg ansette Ola Nordmann født 01.02.1990 som har vært i fengsel?');
    }
    const flows = await store.repo<GuideFlow>(GUIDE_FLOWS).find();
    expect(flows.map((f) => f.userId).sort()).toEqual(['u10', 'u11', 'u8', 'u9']); // only the runs left open
    const everything = JSON.stringify([...store.raw().entries()].map(([k, m]) => [k, [...m.values()]]));
    expect(everything).not.toMatch(CATEGORY);
    expect(everything).not.toMatch(/Ola|Nordmann|1990/);
    for (const f of flows)
      for (const v of Object.values(f.answers))
        expect(String(v)).toMatch(/^(?:yes|no|unknown|gap:(?:yes|no|unknown)|subsidy:\w+|state|municipal|permanent|temporary|\d+|[a-z_]+(?::[a-z_]+)?)$/);
    // What a finished run leaves: the user's sector, nothing else of it.
    const finished = JSON.stringify([...store.raw().entries()].filter(([k]) => !k.endsWith(GUIDE_FLOWS)).map(([k, m]) => [k, [...m.values()]]));
    for (const q of CANDIDATE_QUESTIONS) expect(finished).not.toContain(`"${q}"`);
  }, 120_000);

  it('the vacancy flow stores the position and, on closing, only whether the person hired is in the target group', async () => {
    const t = await vacancySetup({ config: { hrConversationId: 'hr' }, known: [MANAGER] });
    const data = {
      formId: '8f0e2f5e-4c1a-4d55-9d3b-6a1f0a2b3c4d',
      title: 'Saksbehandler',
      unit: 'Økonomi',
      reason: 'sick_leave',
      permanence: 'temporary',
      durationMonths: '8',
      startDate: '2026-05-01',
    };
    const r = await runAction(t.service.feature, act(MANAGER, 'vacancy.submit', data));
    const send = actionsOf(r.replace!).find((a) => a.title === 'Send til HR')!;
    await runAction(t.service.feature, act(MANAGER, send.verb, send.data));
    const v = (await t.store.repo<Vacancy>('vacancies').find())[0];
    await runAction(t.service.feature, act(MANAGER, 'vacancy.close', { vacancyId: v.id, filled: 'yes', pathId: 'state.ordinary', targetGroup: 'undisclosed' }));
    const everything = JSON.stringify([...(t.store as ReturnType<typeof memoryStore>).raw().entries()].map(([k, m]) => [k, [...m.values()]]));
    expect(everything).not.toMatch(CATEGORY);
    expect(everything).toContain('"targetGroup":"undisclosed"');
  });
});
