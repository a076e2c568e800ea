import { describe, expect, it } from 'vitest';
import { CONTINUE_VERB, Router, type Resume } from '../../bot/router.js';
import type { Actor, DialogResult, Feature } from '../../dialogs/shared/turn.js';
import { reply } from '../../dialogs/shared/turn.js';

const personal: Actor = { userId: 'u', conversationId: 'a:1', conversationType: 'personal' };
const channel: Actor = { ...personal, conversationId: '19:c@thread.tacv2', conversationType: 'channel' };
const group: Actor = { ...personal, conversationId: '19:g@thread.v2', conversationType: 'groupChat' };

function setup() {
  const handOffs: Array<{ actor: Actor; resume: Resume }> = [];
  const flow: Feature = {
    name: 'flow',
    personalOnly: true,
    commands: [{ id: 'start', pattern: /^start$/, handle: async () => reply.text('started') }],
    actions: { 'flow.go': async () => reply.text('went') },
    onText: async (turn) =>
      turn.text.endsWith('?') ? { answerFirst: true, send: [{ type: 'text', text: 'the step again' }] } : turn.text === 'ja' ? reply.text('answered') : undefined,
  };
  const mixed: Feature = {
    name: 'mixed',
    commands: [
      { id: 'list', pattern: /^liste$/, personalOnly: true, handle: async () => reply.text('the list') },
      { id: 'open', pattern: /^åpen$/, handle: async () => reply.text('open to all') },
    ],
    actions: { 'mixed.form': async () => reply.text('form'), 'mixed.tick': async () => reply.text('ticked') },
    personalOnlyActions: ['mixed.form'],
  };
  const router = new Router({
    features: [flow, mixed],
    question: async (turn): Promise<DialogResult> => reply.text(`answer to ${turn.text}`),
    unknownAction: () => reply.text('unknown action'),
    unknownCommand: () => reply.text('unknown command'),
    emptyMessage: () => reply.text('empty'),
    handOff: async (actor, resume) => {
      handOffs.push({ actor, resume });
      return reply.text('hand-off');
    },
  });
  const now = new Date('2026-03-02T09:00:00Z');
  const text = (actor: Actor, t: string) => router.text({ actor, text: t, now });
  const act = (actor: Actor, verb: string, data: Record<string, unknown> = {}) => router.action({ actor, verb, data: { ...data, verb }, now });
  const texts = (r: DialogResult) => (r.send ?? []).map((o) => (o.type === 'text' ? o.text : 'card'));
  return { handOffs, text, act, texts };
}

describe('the router: personal-only in channels, questions in the middle of a flow', () => {
  it('hands personal-only commands and actions off from channels and group chats, and nothing else', async () => {
    const t = setup();
    for (const where of [channel, group]) {
      expect(t.texts((await t.text(where, 'start')).result)).toEqual(['hand-off']);
      expect(t.texts((await t.text(where, 'liste')).result)).toEqual(['hand-off']);
      expect(t.texts((await t.text(where, 'åpen')).result)).toEqual(['open to all']);
      expect(t.texts((await t.act(where, 'flow.go', { x: 1 })).result)).toEqual(['hand-off']);
      expect(t.texts((await t.act(where, 'mixed.form')).result)).toEqual(['hand-off']);
      expect(t.texts((await t.act(where, 'mixed.tick')).result)).toEqual(['ticked']);
      // A flow's typed answers are not read in a channel: text there is a question.
      expect(t.texts((await t.text(where, 'ja')).result)).toEqual(['answer to ja']);
    }
    expect(t.handOffs[0].resume).toEqual({ verb: CONTINUE_VERB, data: { text: 'start' } });
    expect(t.handOffs[2].resume).toEqual({ verb: 'flow.go', data: { x: 1 } }); // the button's data, without its verb
    expect(t.texts((await t.text(personal, 'start')).result)).toEqual(['started']);
    expect(t.texts((await t.act(personal, 'mixed.form')).result)).toEqual(['form']);
  });

  it('the hand-off button runs the typed command where it is pressed; bad data is refused', async () => {
    const t = setup();
    const r = await t.act(personal, CONTINUE_VERB, { text: 'start' });
    expect(r.route).toBe('continue.flow.start');
    expect(t.texts(r.result)).toEqual(['started']);
    expect(t.texts((await t.act(personal, CONTINUE_VERB, { text: 42 })).result)).toEqual(['unknown action']);
    expect(t.texts((await t.act(personal, CONTINUE_VERB, { text: 'x'.repeat(201) })).result)).toEqual(['unknown action']);
  });

  it('a question in the middle of a flow is answered first, then the flow shows its step again', async () => {
    const t = setup();
    const r = await t.text(personal, 'hva er lønnstilskudd?');
    expect(r.route).toBe('flow.question');
    expect(t.texts(r.result)).toEqual(['answer to hva er lønnstilskudd?', 'the step again']);
    expect(t.texts((await t.text(personal, 'ja')).result)).toEqual(['answered']);
    expect(t.texts((await t.text(personal, 'noe annet')).result)).toEqual(['answer to noe annet']);
  });
});
