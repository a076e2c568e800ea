import { describe, expect, it } from 'vitest';
import { cardText, type AdaptiveCard } from '../shared/cardKit.js';
import { expectValidCard } from '../../test/helpers/cards.js';
import { guidePrefill } from './checklist.js';
import { VACANCIES, type PositionFacts, type Vacancy } from './model.js';
import { act, actionsOf, HR, MANAGER, OTHER, runAction, runCommand, setup, text, textsIn, validForm, validVacancy } from '../../test/support/vacancyHarness.js';

const NOW = new Date('2025-03-03T08:00:00Z');

async function withVacancy(overrides: Record<string, unknown> = {}, config = {}) {
  const h = await setup({ known: [MANAGER], config });
  const r = await h.service.reportFromSystem({ ...validVacancy, ...overrides });
  if (r.status !== 202) throw new Error(JSON.stringify(r));
  const get = async () => (await h.store.repo<Vacancy>(VACANCIES).get(r.id))!;
  return { ...h, id: r.id, get };
}

function openForm(card: AdaptiveCard): string {
  const submit = actionsOf(card).find((a) => a.verb === 'vacancy.submit')!;
  return submit.data.formId as string;
}

describe('the report form in chat', () => {
  it.each(['meld ledig stilling', 'meld stilling', 'Meld ledig stilling'])('"%s" opens the form', async (cmd) => {
    const { service } = await setup();
    const r = await runCommand(service.feature, text(MANAGER, cmd));
    const card = r?.send?.[0].type === 'card' ? r.send[0].card : undefined;
    expect(card).toBeDefined();
    expectValidCard(card!);
    expect(cardText(card!)).toContain('Meld ledig stilling');
  });

  it.each(['kan jeg meld ledig stilling', 'meld ledig stilling nå'])('"%s" is not the command (anchored)', async (cmd) => {
    const { service } = await setup();
    expect(await runCommand(service.feature, text(MANAGER, cmd))).toBeUndefined();
  });

  it('asks for the sector only when no default sector is configured', async () => {
    for (const [defaultSector, asks] of [
      ['state', false],
      [undefined, true],
    ] as const) {
      const { service } = await setup({ config: { defaultSector } });
      const r = await runCommand(service.feature, text(MANAGER, 'meld ledig stilling'));
      const card = r!.send![0].type === 'card' ? r!.send![0].card : undefined;
      expect(JSON.stringify(card).includes('"id":"sector"')).toBe(asks);
    }
  });

  it('a submit with errors comes back with Norwegian field errors and what was typed', async () => {
    const { service, store } = await setup();
    const form = (await runCommand(service.feature, text(MANAGER, 'meld ledig stilling')))!.send![0];
    const formId = openForm((form as { card: AdaptiveCard }).card);
    const r = await runAction(
      service.feature,
      act(MANAGER, 'vacancy.submit', { formId, title: 'Konsulent', unit: '', reason: 'project', permanence: 'temporary', durationMonths: '', startDate: '2025-13-01' }, NOW),
    );
    expect(r.replace).toBeDefined();
    expectValidCard(r.replace!);
    const t = cardText(r.replace!);
    expect(t).toContain('Noe må rettes');
    expect(t).toContain('Oppgi varighet i måneder');
    expect(t).toContain('ÅÅÅÅ-MM-DD');
    const json = JSON.stringify(r.replace);
    expect(json).toContain('"value":"Konsulent"');
    expect(json).toContain('"value":"project"');
    expect(json).toContain(`"formId":"${formId}"`);
    expect(await store.repo(VACANCIES).find()).toHaveLength(0);
  });

  it('a valid submit saves the vacancy once (double click), replaces the form with the checklist and copies HR', async () => {
    const { service, store, notifier } = await setup({ config: { hrConversationId: 'hr-chat' } });
    const data = { ...validForm };
    const r = await runAction(service.feature, act(MANAGER, 'vacancy.submit', data, NOW));
    expectValidCard(r.replace!);
    expect(cardText(r.replace!)).toContain('Sjekkliste for inkludering: Saksbehandler');
    expect(textsIn(r.send)).toEqual(['Takk! Stillingen er lagret, og sjekklisten står i kortet over.']);
    await runAction(service.feature, act(MANAGER, 'vacancy.submit', data, NOW));
    const all = await store.repo<Vacancy>(VACANCIES).find();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ source: 'chat', managerId: MANAGER, durationMonths: 10, permanent: false, delivery: { manager: 'sent', hr: 'sent' } });
    expect(notifier.calls.map((c) => c.to)).toEqual([{ conversation: 'hr-chat' }]);
  });

  it('a submit without a valid form id is answered, not thrown', async () => {
    const { service } = await setup();
    const r = await runAction(service.feature, act(MANAGER, 'vacancy.submit', { title: 'x' }, NOW));
    expect(textsIn(r.send)[0]).toMatch(/Ingenting er endret/);
  });
});

describe('the checklist card', () => {
  it('has one item per point, the interview duty only in the state sector', async () => {
    for (const [sector, hasInterview, total] of [
      ['state', true, 7],
      ['municipal', false, 6],
    ] as const) {
      const { notifier } = await withVacancy({ sector });
      const card = (notifier.calls[0].messages[1] as { card: AdaptiveCard }).card;
      expectValidCard(card);
      expect(cardText(card).includes('innkallingsplikten')).toBe(hasInterview);
      expect(cardText(card)).toContain(`0 av ${total} punkter er gjort`);
      expect(actionsOf(card).filter((a) => a.verb === 'vacancy.tick')).toHaveLength(total);
      expect(actionsOf(card).map((a) => a.verb)).toContain('vacancy.closeForm');
    }
  });

  const prefillCases: Array<[string, Partial<PositionFacts>, object]> = [
    ['sick leave', { reason: 'sick_leave', permanent: false, durationMonths: 8 }, { permanent: false, durationMonths: 8, ground: 'substitute', absenceReason: 'sick_leave' }],
    [
      'parental leave',
      { reason: 'parental_leave', permanent: false, durationMonths: 11 },
      { permanent: false, durationMonths: 11, ground: 'substitute', absenceReason: 'parental_leave' },
    ],
    ['project', { reason: 'project', permanent: false, durationMonths: 18 }, { permanent: false, durationMonths: 18, ground: 'temporary_work' }],
    ['resignation', { reason: 'resignation', permanent: true }, { permanent: true }],
    ['new position, temporary', { reason: 'new_position', permanent: false, durationMonths: 6 }, { permanent: false, durationMonths: 6 }],
  ];
  it.each(prefillCases)('guide prefill for %s', (_n, facts, position) => {
    const f: PositionFacts = { title: 't', unit: 'u', startDate: '2025-04-01', sector: 'municipal', reason: 'project', permanent: true, ...facts };
    expect(guidePrefill(f)).toEqual({ prefill: { sector: 'municipal', position } });
  });

  it('the guide button carries the prefill with verb guide.start', async () => {
    const { notifier } = await withVacancy();
    const card = (notifier.calls[0].messages[1] as { card: AdaptiveCard }).card;
    const guide = actionsOf(card).find((a) => a.verb === 'guide.start')!;
    expect(guide.data.prefill).toEqual({ sector: 'state', position: { permanent: false, durationMonths: 8, ground: 'substitute', absenceReason: 'sick_leave' } });
  });

  it('ticking and unticking an item updates the stored state and replaces the card', async () => {
    const { service, id, get } = await withVacancy();
    const r1 = await runAction(service.feature, act(MANAGER, 'vacancy.tick', { vacancyId: id, item: 'contact-nav', done: true }, NOW));
    expectValidCard(r1.replace!);
    expect((await get()).checked).toEqual(['contact-nav']);
    expect(cardText(r1.replace!)).toContain('1 av 7 punkter er gjort');
    const undo = actionsOf(r1.replace!).find((a) => a.verb === 'vacancy.tick' && a.data.item === 'contact-nav')!;
    expect(undo).toMatchObject({ title: 'Angre', data: { done: false } });

    // Ticking twice does not duplicate; concurrent ticks are both kept.
    await Promise.all([
      runAction(service.feature, act(MANAGER, 'vacancy.tick', { vacancyId: id, item: 'contact-nav', done: true }, NOW)),
      runAction(service.feature, act(HR, 'vacancy.tick', { vacancyId: id, item: 'inform-internally', done: true }, NOW)),
    ]);
    expect([...(await get()).checked].sort()).toEqual(['contact-nav', 'inform-internally']);

    const r2 = await runAction(service.feature, act(MANAGER, 'vacancy.tick', { vacancyId: id, item: 'contact-nav', done: false }, NOW));
    expect((await get()).checked).toEqual(['inform-internally']);
    expect(cardText(r2.replace!)).toContain('1 av 7 punkter er gjort');
  });

  it('shows "all done" when every item is ticked', async () => {
    const { service, id } = await withVacancy({ sector: 'municipal' });
    let last;
    for (const item of ['temporary-need', 'contact-nav', 'clarify-expectations', 'proportionate-requirements', 'inform-internally', 'welcome-accommodation'])
      last = await runAction(service.feature, act(MANAGER, 'vacancy.tick', { vacancyId: id, item, done: true }, NOW));
    expect(cardText(last!.replace!)).toContain('6 av 6 punkter er gjort. Alle punktene er gjort');
  });

  const badTicks: Array<[string, Record<string, unknown>, RegExp]> = [
    ['unknown item', { item: 'bribe-nav', done: true }, /Ingenting er endret/],
    ['done not a boolean', { item: 'contact-nav', done: 'yes' }, /Ingenting er endret/],
    ['no vacancy id', { vacancyId: undefined, item: 'contact-nav', done: true }, /Ingenting er endret/],
    ['unknown vacancy', { vacancyId: 'nope', item: 'contact-nav', done: true }, /fant ikke/],
  ];
  it.each(badTicks)('bad tick data (%s) is answered in Norwegian and changes nothing', async (_n, data, message) => {
    const { service, id, get } = await withVacancy();
    const r = await runAction(service.feature, act(MANAGER, 'vacancy.tick', { vacancyId: id, ...data }, NOW));
    expect(r.replace).toBeUndefined();
    expect(textsIn(r.send)[0]).toMatch(message);
    expect((await get()).checked).toEqual([]);
  });

  it('the interview duty cannot be ticked on a municipal vacancy', async () => {
    const { service, id, get } = await withVacancy({ sector: 'municipal' });
    const r = await runAction(service.feature, act(MANAGER, 'vacancy.tick', { vacancyId: id, item: 'interview-duty', done: true }, NOW));
    expect(textsIn(r.send)[0]).toMatch(/gjelder ikke/);
    expect((await get()).checked).toEqual([]);
  });

  it('another manager cannot change the checklist; the refusal is audited', async () => {
    const { service, id, get, audit } = await withVacancy();
    const r = await runAction(service.feature, act(OTHER, 'vacancy.tick', { vacancyId: id, item: 'contact-nav', done: true }, NOW));
    expect(textsIn(r.send)[0]).toMatch(/tilhører en annen leder/);
    expect((await get()).checked).toEqual([]);
    expect(await audit.list({ actor: OTHER })).toMatchObject([{ action: 'vacancy.tick', target: id, outcome: 'denied' }]);
  });
});

describe('closing a vacancy', () => {
  it('records the outcome from the close form, and the card stops offering buttons', async () => {
    const { service, id, get } = await withVacancy();
    const form = await runAction(service.feature, act(MANAGER, 'vacancy.closeForm', { vacancyId: id }, NOW));
    expectValidCard(form.replace!);
    const json = JSON.stringify(form.replace);
    expect(json).toContain('state.wage-subsidy-exemption');
    expect(json).not.toContain('municipal.ordinary');

    const bad = await runAction(service.feature, act(MANAGER, 'vacancy.close', { vacancyId: id, filled: 'yes', pathId: 'municipal.ordinary' }, NOW));
    expectValidCard(bad.replace!);
    expect(cardText(bad.replace!)).toContain('Velg hvilken vei');
    expect(cardText(bad.replace!)).toContain('Velg ja, nei');
    expect((await get()).closed).toBeUndefined();

    const at = new Date('2025-06-02T09:00:00Z');
    const ok = await runAction(service.feature, act(MANAGER, 'vacancy.close', { vacancyId: id, filled: 'yes', pathId: 'state.wage-subsidy-exemption', targetGroup: 'yes' }, at));
    expectValidCard(ok.replace!);
    expect((await get()).closed).toEqual({ at: at.toISOString(), filled: true, pathId: 'state.wage-subsidy-exemption', targetGroup: 'yes' });
    expect(cardText(ok.replace!)).toContain('lukket og besatt');
    expect(actionsOf(ok.replace!)).toEqual([]);

    const again = await runAction(service.feature, act(MANAGER, 'vacancy.tick', { vacancyId: id, item: 'contact-nav', done: true }, NOW));
    expect(cardText(again.replace!)).toContain('allerede lukket');
    expect((await get()).checked).toEqual([]);
  });

  it('not filled: path and target group are not stored even if sent', async () => {
    const { service, id, get } = await withVacancy();
    await runAction(service.feature, act(HR, 'vacancy.close', { vacancyId: id, filled: 'no', pathId: 'state.ordinary', targetGroup: 'yes' }, NOW));
    expect((await get()).closed).toEqual({ at: NOW.toISOString(), filled: false });
  });

  it('the cancel button goes back to the checklist', async () => {
    const { service, id } = await withVacancy();
    const r = await runAction(service.feature, act(MANAGER, 'vacancy.show', { vacancyId: id }, NOW));
    expect(cardText(r.replace!)).toContain('Sjekkliste for inkludering');
  });
});
