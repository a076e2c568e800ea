import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsOf, cardsOf, press, startHarness, TENANT, USER, type Harness } from '../helpers/botHarness.js';
import { expectValidCard } from '../helpers/cards.js';

const CHANNEL = '19:inkludering@thread.tacv2';
const GROUP = '19:gruppe@thread.v2';
const HR_ADMIN = { id: '29:admin', aadObjectId: '00000000-0000-0000-0000-0000000000d4', name: 'Admin' };
const NEWCOMER = { id: '29:newcomer', aadObjectId: '00000000-0000-0000-0000-0000000000e5', name: 'Ny Leder' };

const textsOf = (acts: Array<{ body: { text?: string } }>) => acts.map((a) => a.body.text).filter((t): t is string => !!t);

describe('the vacancy guide through /api/messages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ ADMIN_AAD_OBJECT_IDS: HR_ADMIN.aadObjectId });
  });
  afterAll(async () => h?.close());

  /** A message in a team channel or group chat, with the bot @mentioned (Teams removes the mention). */
  const shared = (text: string, conversationType: 'channel' | 'groupChat', user = USER) =>
    h.post(h.activity({ type: 'message', text, from: user, conversation: { id: conversationType === 'channel' ? CHANNEL : GROUP, conversationType, tenantId: TENANT } }));

  it('walks a state case by buttons to a result with the verdict first, drafts the NAV order, and keeps nothing of the candidate', async () => {
    h.connector.clear();
    await h.message('ny stilling');
    let [card] = cardsOf(await h.connector.waitFor(1));
    expect(JSON.stringify(card)).toContain('Spørsmål 1 av omtrent');
    for (const a of [/^Staten$/, /^Midlertidig$/]) {
      const { replaced } = await press(h, card, a);
      expect(replaced, `pressing ${a}`).toBeTruthy();
      card = replaced;
      expectValidCard(card as never);
    }
    expect(JSON.stringify(card)).toContain('Regler for staten');
    ({ replaced: card } = await press(h, card, 'Neste', { guideMonths: 4 }));
    const prefer = [/sykmeldt/i, /^Ja\b/i, /^Nei\b/i];
    for (let i = 0; i < 15 && !JSON.stringify(card).includes('Sjekk svarene dine'); i++) {
      const text = JSON.stringify(card);
      expect(text).toContain('Regler for staten');
      const choice = actionsOf(card).find((a) => a.verb === 'guide.answer' && prefer.some((p) => p.test(a.title))) ?? actionsOf(card).find((a) => a.verb === 'guide.answer');
      expect(choice, `no answer button on: ${text.slice(0, 300)}`).toBeTruthy();
      ({ replaced: card } = await press(h, card, choice!.title));
      expectValidCard(card as never);
    }
    const { replaced: result } = await press(h, card, 'Vis resultatet');
    expectValidCard(result as never);
    const body = (result as { body: Array<{ text?: string }> }).body;
    expect(body[0].text).toBe('**Regler for staten** · Resultat');
    expect(body[1].text).toMatch(/^Du kan ansette kandidaten (midlertidig )?i 4 måneder uten å lyse ut stillingen/);
    const text = JSON.stringify(result);
    expect(text).toContain('statsansatteloven §§ 7 og 9');
    expect(text).toMatch(/Refusjon|sykepenger/);
    h.connector.clear();
    const order = await press(h, result, 'Lag bestilling til NAV');
    expect(order.res.status).toBe(200);
    const [form] = cardsOf(await h.connector.waitFor(1));
    const { replaced: done } = await press(h, form, 'Lag bestillingen', {
      orderTitle: 'Saksbehandler',
      orderTasks: 'Behandle søknader.',
      orderPercent: 100,
      orderStart: '2026-04-01',
    });
    expect(JSON.stringify(done)).toContain('Bestillingen er klar');
    // The run is gone from the data file once the order is drafted; no candidate answer is kept.
    await h.bot.store.flush();
    const file = fs.readFileSync(path.join(h.dataDir, 'inkluderingsveilederen.json'), 'utf8');
    expect(file).not.toMatch(/"guideFlows":\s*\{\s*"[^"]/);
    expect(file).not.toMatch(/disability|subsidy:|gap:|reducedCapacity/);
  });

  it('takes typed answers, answers a side question from the knowledge base and shows the step again, and asks before discarding', async () => {
    h.connector.clear();
    await h.message('ledig stilling');
    const [first] = cardsOf(await h.connector.waitFor(1));
    expect(JSON.stringify(first)).toContain('Er stillingen fast eller midlertidig?'); // the sector is remembered
    expect(JSON.stringify(first)).toContain('fordi du valgte det sist');
    h.connector.clear();
    await h.message('kanskje i morgen');
    const [reply] = await h.connector.waitFor(1);
    expect(JSON.stringify(reply.body)).toMatch(/forsto jeg ikke/);
    h.connector.clear();
    await h.message('Hva er arbeidstrening?');
    const both = await h.connector.waitFor(2);
    const cards = cardsOf(both);
    expect(cards).toHaveLength(2);
    expect(JSON.stringify(cards[0])).toMatch(/[Aa]rbeidstrening/);
    expect(JSON.stringify(cards[0])).not.toContain('Regler for staten');
    expect(JSON.stringify(cards[1])).toContain('Så fortsetter vi vurderingen');
    expect(JSON.stringify(cards[1])).toContain('Er stillingen fast eller midlertidig?');
    h.connector.clear();
    await h.message('midlertidig');
    await h.connector.waitFor(1);
    h.connector.clear();
    await h.message('avbryt');
    const [ask] = cardsOf(await h.connector.waitFor(1));
    expect(JSON.stringify(ask)).toContain('Forkaste det du har svart?');
    const { replaced } = await press(h, ask, 'Avslutt og slett');
    expect(JSON.stringify(replaced)).toContain('Vurderingen er avsluttet');
    // A card of the ended run gets a friendly note.
    const { res } = await press(h, first, /^Fast$/);
    expect(JSON.stringify(res.body)).toMatch(/ikke lenger aktiv/);
  });

  it('in a channel: no case questions there — a 1:1 message with a button, one line in the channel; general questions are answered there', async () => {
    await h.message('hjelp'); // the user has a 1:1 chat with the bot
    h.connector.clear();
    await shared('ny stilling', 'channel');
    const got = await h.connector.waitFor(2);
    const inChannel = got.filter((a) => a.conversationId === CHANNEL);
    const private1 = got.filter((a) => a.conversationId !== CHANNEL);
    expect(inChannel).toHaveLength(1);
    expect(textsOf(inChannel)[0]).toMatch(/privat chat.*Jeg har sendt deg en melding der/);
    expect(cardsOf(inChannel)).toHaveLength(0);
    const [handOff] = cardsOf(private1);
    expect(private1[0].conversationId).toMatch(/^a:personal-/);
    expectValidCard(handOff as never);
    // The button in the 1:1 chat starts the guide there.
    h.connector.clear();
    const { res } = await press(h, handOff, 'Fortsett her');
    expect(res.status).toBe(200);
    const [started] = cardsOf(await h.connector.waitFor(1));
    expect(JSON.stringify(started)).toMatch(/Spørsmål 1 av omtrent|Fortsette der du slapp|Forkaste det du har svart/);
    // A card button pressed in the channel (the welcome or help card there) is handed off too.
    h.connector.clear();
    const r = await h.post(
      h.activity({
        type: 'invoke',
        name: 'adaptiveCard/action',
        conversation: { id: CHANNEL, conversationType: 'channel', tenantId: TENANT },
        value: { action: { type: 'Action.Execute', verb: 'guide.start', data: { verb: 'guide.start' } }, trigger: 'manual' },
      }),
    );
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.body)).not.toContain('Spørsmål 1');
    // A general question in the channel is answered there.
    h.connector.clear();
    await shared('Hva er arbeidstrening?', 'channel');
    const [answer] = await h.connector.waitFor(1);
    expect(answer.conversationId).toBe(CHANNEL);
    expect(JSON.stringify(answer.body)).toMatch(/[Aa]rbeidstrening/);
  });

  it('in a group chat, for someone with no 1:1 chat yet: says to open one; HR lists answer in 1:1 only, for HR too', async () => {
    h.connector.clear();
    await shared('meld ledig stilling', 'groupChat', NEWCOMER);
    const [line] = await h.connector.waitFor(1);
    expect(line.conversationId).toBe(GROUP);
    expect(line.body.text).toMatch(/Åpne en chat med meg .* og skriv «meld ledig stilling» der/);
    await h.message('hjelp', HR_ADMIN, 'a:personal-admin');
    h.connector.clear();
    await shared('ubesvarte', 'channel', HR_ADMIN);
    const got = await h.connector.waitFor(2);
    expect(got.find((a) => a.conversationId === CHANNEL)!.body.text).toMatch(/HR-lister/);
    expect(got.find((a) => a.conversationId === 'a:personal-admin')).toBeTruthy();
    // The help card: HR's commands only to those who hold the role, and never where everyone reads it.
    h.connector.clear();
    await h.message('hjelp', HR_ADMIN, 'a:personal-admin');
    expect(JSON.stringify(cardsOf(await h.connector.waitFor(1)))).toContain('For HR og administratorer');
    h.connector.clear();
    await shared('hjelp', 'channel', HR_ADMIN);
    const [inChannel] = cardsOf(await h.connector.waitFor(1));
    expect(JSON.stringify(inChannel)).toContain('Vurder en ledig stilling');
    expect(JSON.stringify(inChannel)).not.toContain('For HR og administratorer');
    h.connector.clear();
    await h.message('hjelp');
    expect(JSON.stringify(cardsOf(await h.connector.waitFor(1)))).not.toContain('For HR og administratorer');
  });
});
