import { describe, expect, it } from 'vitest';
import { expectValidCard } from '../../test/helpers/cards.js';
import { button, buttonsOf, cardOf, guideSetup as setup, press, textOf } from '../../test/support/guideDriver.js';
import type { KnowledgeIndex } from '../../knowledge/kb.js';
import type { DialogResult } from '../shared/turn.js';
import { FOLDS } from './cards/resultCard.js';
import { GUIDE_FLOWS, type GuideFlow } from './index.js';
import { RULESET_VERSION } from './rules.js';
import { S, VERDICT } from './strings.js';
import { dateText } from './plainText.js';

const DAY = 24 * 3600_000;

/** Texts of the card's body up to (not including) the first show/hide button: what a phone shows first. */
function firstScreen(r: DialogResult | undefined): string[] {
  const out: string[] = [];
  type Element = { type: string; text?: string; actions?: Array<{ type: string; title: string }> };
  for (const e of cardOf(r).body as Element[]) {
    if (e.type === 'ActionSet' && e.actions!.some((a) => a.type === 'Action.ToggleVisibility')) break;
    if (e.type === 'TextBlock') out.push(e.text!);
    if (e.type === 'ActionSet') out.push(...e.actions!.map((a) => `[${a.title}]`));
  }
  return out;
}

/** Answers typed in order until the review card. */
async function answerAll(t: ReturnType<typeof setup>, answers: string[]) {
  let r: DialogResult | undefined;
  for (const a of answers) r = await t.say(a);
  return r;
}

describe('the guide feature', () => {
  it('commands are anchored; help names the start verb; the feature is kept out of channels', () => {
    const { feature } = setup();
    const match = (s: string) => feature.commands!.some((c) => c.pattern.test(s));
    for (const s of ['ny stilling', 'ledig stilling', 'vurder stilling', 'veileder', 'start veileder']) expect(match(s), s).toBe(true);
    for (const s of ['hva er en ny stilling', 'ny stilling i staten?', 'veileder for meg']) expect(match(s), s).toBe(false);
    expect(feature.help).toEqual([expect.objectContaining({ title: 'Vurder en ledig stilling', command: 'ny stilling', verb: 'guide.start' })]);
    expect(feature.personalOnly).toBe(true);
  });

  it('a whole state flow by buttons: sector in every header, verdict first, NAV order on the first screen, order drafted, run deleted', async () => {
    const t = setup();
    let r = await t.command('ny stilling');
    expect(textOf(r)).toContain('Gjelder stillingen staten eller en kommune?');
    expect(textOf(r)).toContain('Spørsmål 1 av omtrent');
    r = await press(t, r, 'Staten');
    r = await press(t, r, 'Midlertidig');
    expect(textOf(r)).toContain('**Regler for staten** · Spørsmål 3 av omtrent');
    r = await press(t, r, 'Neste', { guideMonths: '12' });
    r = await press(t, r, 'Arbeidet er midlertidig (f.eks. et prosjekt)');
    r = await press(t, r, 'Nei'); // the personnel regulation
    expect(textOf(r)).toContain(S.privacy(14)); // "is there a candidate?" is the first question about a person
    r = await press(t, r, 'Ja'); // a candidate
    expect(textOf(r)).not.toContain(S.privacy(14)); // said once
    r = await press(t, r, 'Ja'); // disability
    for (let i = 0; i < 6 && !textOf(r).includes(S.reviewTitle); i++) r = await press(t, r, i === 0 ? 'Ja – vanlig sats' : 'Nei');
    expect(textOf(r)).toContain(S.reviewTitle);
    expect(textOf(r)).toContain('12 måneder');
    r = await press(t, r, S.showResult);
    const first = firstScreen(r);
    expect(first[0]).toBe('**Regler for staten** · Resultat');
    expect(first[1]).toBe('Du kan ansette kandidaten midlertidig i 12 måneder uten å lyse ut stillingen, med lønnstilskudd fra NAV.');
    expect(first).toContain(`[${S.makeOrder}]`);
    expect(first.length).toBeLessThanOrEqual(7);
    const all = textOf(r);
    expect(all.match(/Du kan ansette kandidaten/g)).toHaveLength(1); // no repeated heading
    expect(all).toContain(S.showWhy);
    expect(all).toMatch(/statsansatteloven §§ 7 og 9|statsansatteforskriften §§ 3a, 4 og 4a/);
    expect(all).toMatch(/Måned \d+–\d+: \d+ %/);
    const toggles = JSON.stringify(cardOf(r)).match(/Action\.ToggleVisibility/g) ?? [];
    expect(toggles.length).toBeGreaterThanOrEqual(3);
    for (const id of [FOLDS.why, FOLDS.nav]) expect(JSON.stringify(cardOf(r))).toContain(`"id":"${id}","isVisible":false`);

    let o = await press(t, r, S.makeOrder);
    expect(textOf(o)).toContain('**Regler for staten** · Bestilling til NAV');
    o = await press(t, o, S.makeOrderText, { orderTitle: 'Saksbehandler', orderTasks: 'x', orderPercent: '150', orderStart: '2026-04-01' });
    expect(textOf(o)).toContain(S.orderErrors.tasks);
    expect(textOf(o)).toContain(S.orderErrors.percent);
    expect(await t.flow()).toBeDefined(); // not drafted yet: the answers are still there
    o = await press(t, o, S.makeOrderText, { orderTitle: 'Saksbehandler', orderTasks: 'Behandle søknader om tilskudd.', orderPercent: 100, orderStart: '2026-04-01' });
    expect(textOf(o)).toContain(S.orderReadyTitle);
    expect(textOf(o)).toContain('1.4.2026');
    expect(await t.flow()).toBeUndefined(); // drafted: the run and the candidate's answers are gone
    // The order can still be changed: what it needs travels in the card.
    let again = await press(t, o, S.editOrder);
    expect(JSON.stringify(cardOf(again))).toContain('"value":"Saksbehandler"');
    again = await press(t, again, S.makeOrderText, { orderTitle: 'Rådgiver', orderTasks: 'Behandle søknader om tilskudd.', orderPercent: 80, orderStart: '2026-05-01' });
    expect(textOf(again)).toContain('Stilling: Rådgiver');
    expect(textOf(again)).toContain('Midlertidig stilling uten utlysning med lønnstilskudd fra NAV');
    for (const c of t.cards) expectValidCard(c);
  });

  it('«Ferdig» deletes the run; the card keeps the result, and its NAV order still works', async () => {
    const t = setup({ defaultSector: 'municipal' });
    await t.command('ny stilling');
    await answerAll(t, ['midlertidig', '8', 'vikar for en som er sykmeldt', 'nei']);
    let r = await t.say('ja');
    expect(firstScreen(r)[0]).toBe('**Regler for kommunen** · Resultat');
    r = await press(t, r, S.finish);
    expect(await t.flow()).toBeUndefined();
    expect(textOf(r)).toContain(S.finishedNote);
    const titles = buttonsOf(cardOf(r)).map((b) => b.title);
    expect(titles).toContain(S.makeOrder);
    expect(titles).toContain(S.startNew);
    expect(titles).not.toContain(S.finish);
    expect(titles).not.toContain(S.changeAnswers);
    const form = await press(t, r, S.makeOrder);
    expect(textOf(form)).toContain(S.orderTitle);
    const done = await press(t, form, S.makeOrderText, { orderTitle: 'Miljøarbeider', orderTasks: 'Oppfølging av beboere.', orderPercent: 100, orderStart: '2026-04-01' });
    expect(textOf(done)).toContain('Kommune / fylkeskommune');
    expect(textOf(done)).toContain('Midlertidig i 8 måneder (vikar for en som er sykmeldt)');
  });

  it('typed answers; a side question is answered and the step shown again; only gibberish gets «forsto ikke»', async () => {
    const t = setup({ defaultSector: 'municipal' });
    expect(await t.say('hva er lønnstilskudd?')).toBeUndefined(); // no run: a question for the knowledge base
    await t.command('ny stilling');
    let r = await t.say('kanskje');
    expect(textOf(r)).toContain('Det svaret forsto jeg ikke');
    expect(textOf(r)).toContain('Er stillingen fast eller midlertidig?');
    r = await t.say('midlertidig');
    expect(textOf(r)).toContain('Hvor mange måneder');
    r = await t.say('Hva er forskjellen på vikariat og engasjement?');
    expect(r?.answerFirst).toBe(true);
    expect(textOf(r)).toContain(S.afterQuestion);
    expect(textOf(r)).toContain('Hvor mange måneder');
    r = await t.say('kan vi bruke lønnstilskudd i kommunen');
    expect(r?.answerFirst).toBe(true);
    r = await t.say('lenge');
    expect(r?.answerFirst).toBeUndefined();
    expect(textOf(r)).toContain('Skriv antall måneder');
    r = await t.say('8 mnd');
    expect(textOf(r)).toContain('Hvorfor er stillingen midlertidig');
    r = await t.say('tilbake');
    expect(textOf(r)).toContain('Hvor mange måneder');
    r = await answerAll(t, ['8', 'vikar for en som er sykmeldt', 'n']);
    expect(textOf(r)).toContain(S.reviewTitle);
    expect(textOf(r)).toContain(S.sourceDefault);
    r = await t.say('hvem betaler lønna til vikaren?');
    expect(r?.answerFirst).toBe(true);
    expect(textOf(r)).toContain(S.reviewTitle);
    r = await t.say('ja');
    expect(firstScreen(r)[1]).toBeTruthy();
    expect((await t.flow())?.status).toBe('result');
    expect(await t.say('hva er arbeidstrening?')).toBeUndefined();
    r = await t.say('ferdig');
    expect(r?.send).toEqual([{ type: 'text', text: S.finishedTyped }]);
    expect(await t.flow()).toBeUndefined();
    for (const c of t.cards) expectValidCard(c);
  });

  it('«avbryt» and the Avbryt button ask «Forkaste det du har svart?»: Fortsett, Start på nytt, or end', async () => {
    const t = setup({ defaultSector: 'state' });
    const first = await t.command('ledig stilling');
    await t.say('midlertidig');
    let r = await t.say('avbryt');
    expect(textOf(r)).toContain(S.discardTitle);
    expect(buttonsOf(cardOf(r)).map((b) => b.title)).toEqual([S.continueRun, S.startOver, S.discardOnly]);
    r = await press(t, r, S.continueRun);
    expect(textOf(r)).toContain('Hvor mange måneder');
    r = await press(t, r, S.cancel);
    expect(textOf(r)).toContain(S.discardTitle);
    r = await press(t, r, S.discardOnly);
    expect(textOf(r)).toContain(S.cancelledTitle);
    expect(await t.flow()).toBeUndefined();
    expect(await t.say('ja')).toBeUndefined();
    const stale = await press(t, first, 'Fast');
    expect(textOf(stale)).toContain(S.staleTitle);
    expect(button(cardOf(stale), S.startNew).verb).toBe('guide.start');
    // Nothing answered yet: «avbryt» just ends it.
    await t.command('ny stilling');
    r = await t.say('avbryt');
    expect(textOf(r)).toContain(S.cancelledTitle);
  });

  it('«ny stilling» mid-run asks first; an unfinished run is offered back the next time', async () => {
    const t = setup({ defaultSector: 'state' });
    await t.command('ny stilling');
    await answerAll(t, ['midlertidig', '5']);
    const token = (await t.flow())!.token;
    let r = await t.command('ny stilling');
    expect(textOf(r)).toContain(S.discardTitle);
    expect(textOf(r)).toContain('2 svar');
    expect((await t.flow())!.token).toBe(token); // nothing thrown away yet
    r = await press(t, r, S.startOver);
    expect(textOf(r)).toContain('Er stillingen fast eller midlertidig?');
    expect((await t.flow())!.token).not.toBe(token);
    await t.say('fast');
    t.later(3 * DAY);
    r = await t.command('ny stilling');
    expect(textOf(r)).toContain(S.resumeTitle);
    r = await press(t, r, S.continueRun);
    expect(textOf(r)).toContain('Har dere en aktuell kandidat');
    // A new vacancy from the checklist mid-run asks too, and starts with its facts.
    r = await t.act('guide.start', { prefill: { sector: 'municipal', position: { permanent: false, durationMonths: 6, ground: 'substitute', absenceReason: 'sick_leave' } } });
    expect(textOf(r)).toContain(S.discardTitle);
    r = await press(t, r, S.startOver);
    expect(textOf(r)).toContain('**Regler for kommunen**');
    expect(textOf(r)).toContain('Har dere en aktuell kandidat');
  });

  it('sector: remembered and said on the first card with one tap to change; typed «kommune» switches and re-evaluates', async () => {
    const t = setup();
    await t.command('ny stilling');
    await t.say('staten');
    await t.say('avbryt'); // one answer: asks first
    const gone = await t.act('guide.discard', { flow: (await t.flow())!.token });
    expect(textOf(gone)).toContain(S.cancelledTitle);
    let r = await t.command('ny stilling');
    expect(textOf(r)).toContain(S.sectorWhy.remembered('state'));
    expect((await t.flow())?.sources.sector).toBe('remembered');
    r = await press(t, r, S.switchTo('state'));
    expect(textOf(r)).toContain(S.switched('municipal'));
    expect(textOf(r)).toContain('**Regler for kommunen**');
    r = await t.say('staten');
    expect(textOf(r)).toContain('**Regler for staten**');
    await answerAll(t, ['midlertidig', '5']);
    r = await t.say('utdanningsstilling');
    expect(textOf(r)).toContain('Har dere en aktuell kandidat');
    // «kommune» now: the state-only ground is dropped and asked again; the other answers stay.
    r = await t.say('kommune');
    expect(textOf(r)).toContain(S.switched('municipal'));
    expect(textOf(r)).toContain('Hvorfor er stillingen midlertidig?');
    expect(textOf(r)).not.toContain('Utdanningsstilling');
    const f = (await t.flow())!;
    expect(f.answers).toMatchObject({ sector: 'municipal', permanent: 'temporary', duration: 5 });
    expect(f.answers.ground).toBeUndefined();
    r = await t.say('kommune');
    expect(textOf(r)).toContain(S.alreadySector('municipal'));
    // At the result, switching shows the other sector's result.
    await answerAll(t, ['prosjekt', 'nei']);
    r = await t.say('ja');
    expect(firstScreen(r)[0]).toContain('kommunen');
    r = await t.say('bytt sektor');
    expect(firstScreen(r)[0]).toContain('staten');
    expect(firstScreen(r)).toContainEqual(expect.stringMatching(/^Du kan ansette noen i 5 måneder uten å lyse ut stillingen/));
    for (const c of t.cards) expectValidCard(c);
  });

  it("the employer default is said on the first card; a user's own choice wins next time", async () => {
    const t = setup({ defaultSector: 'state' });
    let r = await t.command('ny stilling');
    expect(textOf(r)).toContain(S.sectorWhy.default('state'));
    await press(t, r, S.switchTo('state'));
    expect((await t.flow())?.sources.sector).toBe('user');
    await t.act('guide.discard', { flow: (await t.flow())!.token });
    r = await t.command('ny stilling');
    expect(textOf(r)).toContain(S.sectorWhy.remembered('municipal'));
  });

  it('«Endre» on the review: the real step count, the old answer chosen; keeping it changes nothing, a new one asks again what depends on it', async () => {
    const t = setup({ defaultSector: 'state' });
    await t.command('ny stilling');
    let r = await answerAll(t, ['midlertidig', '10', 'prosjekt', 'ja', 'nei']);
    expect(textOf(r)).toContain(S.reviewTitle);
    expect((await t.flow())?.answers.regulation).toBe('yes');
    const editDuration = buttonsOf(cardOf(r)).find((b) => b.verb === 'guide.edit' && b.data.q === 'duration')!;
    r = await t.act('guide.edit', editDuration.data);
    expect(textOf(r)).toContain('Spørsmål 2 av 5'); // permanent, duration, ground, regulation, candidate: five the user answered
    expect(textOf(r)).toContain(S.editing('10 måneder'));
    expect(JSON.stringify(cardOf(r))).toContain('"value":10');
    r = await press(t, r, S.keep);
    expect(textOf(r)).toContain(S.reviewTitle);
    expect((await t.flow())?.answers.regulation).toBe('yes');
    const editGround = buttonsOf(cardOf(r)).find((b) => b.verb === 'guide.edit' && b.data.q === 'ground')!;
    r = await t.act('guide.edit', editGround.data);
    expect(button(cardOf(r), S.chosen('Arbeidet er midlertidig (f.eks. et prosjekt)')).data.value).toBe('temporary_work');
    r = await press(t, r, S.chosen('Arbeidet er midlertidig (f.eks. et prosjekt)'));
    expect(textOf(r)).toContain(S.reviewTitle);
    r = await t.act('guide.edit', editDuration.data);
    r = await press(t, r, '3 mnd');
    expect(textOf(r)).toContain(S.reviewTitle);
    expect(textOf(r)).not.toContain('Personalreglementet');
    expect((await t.flow())?.answers.regulation).toBeUndefined();
    expect((await t.flow())?.answers.ground).toBe('temporary_work');
  });

  it('prefill from the vacancy checklist: validated, skipped, shown with «Endre»', async () => {
    const t = setup();
    let r: DialogResult | undefined = await t.act('guide.start', {
      prefill: { position: { permanent: false, durationMonths: 6, ground: 'substitute', absenceReason: 'sick_leave' }, sector: 'state' },
    });
    expect(textOf(r)).toContain('Har dere en aktuell kandidat');
    expect(textOf(r)).toContain(S.sectorWhy.prefill('state'));
    r = await t.say('nei');
    expect(textOf(r)).toContain(S.sourcePrefill);
    expect(textOf(r)).toContain('Vikar for en som er sykmeldt');
    await t.act('guide.discard', { flow: (await t.flow())!.token });
    r = await t.act('guide.start', { prefill: { position: { permanent: 'kanskje' } } });
    expect(textOf(r)).toContain(S.badPrefill);
    expect(textOf(r)).toContain('Gjelder stillingen staten eller en kommune?');
  });

  it('a run untouched for GUIDE_RETENTION_DAYS is deleted: by the daily job, or when met', async () => {
    const t = setup({ retentionDays: 3 });
    await t.command('ny stilling');
    expect(await t.feature.applyRetention()).toBe(0);
    t.later(3 * DAY + 60_000);
    expect(await t.feature.applyRetention()).toBe(1);
    expect(await t.flow()).toBeUndefined();
    const r = await t.command('ny stilling');
    t.later(3 * DAY + 60_000);
    const after = await press(t, r, 'Staten');
    expect(textOf(after)).toContain(S.expired(3));
    expect(textOf(after)).toContain('Gjelder stillingen staten eller en kommune?');
    // Within the time it goes on.
    const t2 = setup({ retentionDays: 3 });
    const r2 = await t2.command('ny stilling');
    t2.later(2 * DAY);
    expect(textOf(await press(t2, r2, 'Staten'))).toContain('fast eller midlertidig');
    expect(await t2.feature.applyRetention()).toBe(0);
  });

  it('a flow saved under another ruleset version is assessed again, never a stale result', async () => {
    const t = setup({ defaultSector: 'state' });
    await t.command('ny stilling');
    await answerAll(t, ['midlertidig', '3', 'prosjekt', 'nei', 'ja']);
    expect((await t.flow())?.status).toBe('result');
    const old = { ...(await t.flow())!, rulesetVersion: 'old-version' };
    await t.store.repo<GuideFlow>(GUIDE_FLOWS).put(old);
    const r = await t.act('guide.confirm', { flow: old.token });
    expect(textOf(r)).toContain(S.rulesUpdated);
    expect(textOf(r)).toContain(S.rulesVersion(dateText(RULESET_VERSION)));
    expect((await t.flow())?.rulesetVersion).toBe(RULESET_VERSION);
  });

  it('bad card data gets a clear message, not a throw', async () => {
    const t = setup();
    for (const [verb, data] of [
      ['guide.answer', {}],
      ['guide.answer', { flow: 'x', q: 'nope', value: 1 }],
      ['guide.edit', { flow: 42 }],
      ['guide.navOrder', { flow: 'x' }],
      ['guide.navOrderSubmit', { flow: ['a'] }],
      ['guide.navOrderEdit', { draft: { title: 'x' }, order: {} }],
      ['guide.switchSector', { flow: 'x', sector: 'mars' }],
    ] as const) {
      const r = await t.act(verb, data as Record<string, unknown>);
      expect(textOf(r), verb).toContain(S.badData);
    }
    await t.command('ny stilling');
    const token = (await t.flow())!.token;
    const r = await t.act('guide.answer', { flow: token, q: 'sector', value: 'mars' });
    expect(textOf(r)).toContain('Gjelder stillingen staten eller en kommune?');
    const wrongQ = await t.act('guide.answer', { flow: token, q: 'duration', value: 5 });
    expect(textOf(wrongQ)).toContain(S.staleQuestion);
    for (const c of t.cards) expectValidCard(c);
  });

  it('the result card lists related knowledge behind «Kilder og mer å lese» and stays under 28 KB', async () => {
    const entry = (i: number) => ({ id: `e${i}`, title: `Oppføring ${i}`, answer: 'Lang tekst. '.repeat(60) });
    const knowledge = { search: () => [1, 2, 3].map((i) => ({ entry: entry(i), score: 0.9 })) } as unknown as KnowledgeIndex;
    const t = setup({ defaultSector: 'state', knowledge });
    await t.command('ny stilling');
    for (const a of [
      'midlertidig',
      '12',
      'prosjekt',
      'vet ikke',
      'ja',
      'vet ikke',
      'vet ikke',
      'vet ikke',
      'vet ikke',
      'vet ikke',
      'vet ikke',
      'vet ikke',
      'vet ikke',
      'vet ikke',
    ]) {
      if ((await t.flow())?.status !== 'asking') break;
      await t.say(a);
    }
    const r = await t.say('ja');
    expect(textOf(r)).toContain('Oppføring 1');
    expect(textOf(r)).toContain('Kanskje også:');
    expect(textOf(r)).toContain('Avhenger av');
    expect(firstScreen(r)[1]).toBe(VERDICT.ordinaryUnless);
    expectValidCard(cardOf(r));
  });
});
