/**
 * Picks the dialog for a turn: a card action by its verb; a message by an anchored command pattern,
 * then by a feature with a flow waiting for typed input, and anything else as a question.
 * In a channel or group chat, personal-only commands and actions (case questions, HR lists) are not
 * answered there: the router hands them off to the user's 1:1 chat.
 * Free of teams-ai so it can be tested as plain functions.
 */
import { z } from 'zod';
import type { ActionTurn, Actor, DialogResult, Feature, Outgoing, TextTurn } from '../dialogs/shared/turn.js';

export interface Routed {
  route: string;
  result: DialogResult;
}

/** What to run again in the 1:1 chat: the card action, or the typed command (as the verb CONTINUE_VERB). */
export interface Resume {
  verb: string;
  data: Record<string, unknown>;
}

export interface RouterDeps {
  features: Feature[];
  /** The catch-all: question answering. */
  question(turn: TextTurn): Promise<DialogResult>;
  unknownAction(verb: string): DialogResult;
  unknownCommand(command: string): DialogResult;
  emptyMessage(): DialogResult;
  /**
   * A personal-only command or action arrived in a channel or group chat: offer it in the user's 1:1
   * chat (a message with a button that runs `resume` there) and say so where it was asked.
   */
  handOff(actor: Actor, resume: Resume): Promise<DialogResult>;
}

/** The verb of the hand-off button for a typed command: runs the command in the chat it is pressed in. */
export const CONTINUE_VERB = 'router.continue';
const ContinueData = z.object({ text: z.string().trim().min(1).max(200) }).passthrough();

/** No command is longer than this; a longer message is never matched against the command patterns. */
export const MAX_COMMAND_LENGTH = 300;

/**
 * Lower case, whitespace collapsed, leading slashes and trailing "." / "!" dropped. Linear in the
 * length: the trailing punctuation is cut with a loop, since `/[.!]+$/` is retried from every
 * position of a long run of dots (quadratic: a 28 KB message of dots took a second).
 */
export function foldCommand(text: string): string {
  const folded = text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^\/+/, '');
  let end = folded.length;
  while (end > 0 && (folded[end - 1] === '.' || folded[end - 1] === '!')) end--;
  return folded.slice(0, end);
}

const isShared = (actor: Actor): boolean => actor.conversationType !== 'personal';

export class Router {
  private readonly actions = new Map<string, { feature: string; handle: NonNullable<Feature['actions']>[string]; personalOnly: boolean }>();

  constructor(private readonly deps: RouterDeps) {
    for (const f of deps.features) {
      for (const [verb, handle] of Object.entries(f.actions ?? {})) {
        if (this.actions.has(verb)) throw new Error(`verb ${verb} registered twice (${this.actions.get(verb)!.feature}, ${f.name})`);
        this.actions.set(verb, { feature: f.name, handle, personalOnly: !!f.personalOnly || !!f.personalOnlyActions?.includes(verb) });
      }
    }
  }

  async text(turn: TextTurn): Promise<Routed> {
    const folded = foldCommand(turn.text);
    if (!folded) return { route: 'empty', result: this.deps.emptyMessage() };
    for (const f of folded.length <= MAX_COMMAND_LENGTH ? this.deps.features : []) {
      for (const c of f.commands ?? []) {
        const m = folded.match(c.pattern);
        if (!m) continue;
        const route = `${f.name}.${c.id}`;
        if (isShared(turn.actor) && (f.personalOnly || c.personalOnly)) {
          return { route: `${route}.hand-off`, result: await this.deps.handOff(turn.actor, { verb: CONTINUE_VERB, data: { text: folded } }) };
        }
        return { route, result: await c.handle(turn, m) };
      }
    }
    // Flows waiting for a typed answer live in 1:1 chats only; in a channel, text is a question.
    if (!isShared(turn.actor)) {
      for (const f of this.deps.features) {
        if (!f.onText) continue;
        const r = await f.onText(turn);
        if (!r) continue;
        if (!r.answerFirst) return { route: `${f.name}.text`, result: r };
        // A question in the middle of a flow: answered as any question, then the flow's step again.
        const answer = await this.deps.question(turn);
        return { route: `${f.name}.question`, result: { send: [...asMessages(answer), ...(r.send ?? [])] } };
      }
    }
    // "/something" is meant as a command; anything else is a question.
    if (turn.text.trim().startsWith('/')) return { route: 'unknown-command', result: this.deps.unknownCommand(turn.text.trim().split(/\s+/)[0]) };
    return { route: 'question', result: await this.deps.question(turn) };
  }

  async action(turn: ActionTurn): Promise<Routed> {
    if (turn.verb === CONTINUE_VERB) return this.continueCommand(turn);
    const a = this.actions.get(turn.verb);
    if (!a) return { route: 'unknown-action', result: this.deps.unknownAction(turn.verb) };
    if (a.personalOnly && isShared(turn.actor)) {
      return { route: `${turn.verb}.hand-off`, result: await this.deps.handOff(turn.actor, { verb: turn.verb, data: withoutVerb(turn.data) }) };
    }
    return { route: turn.verb, result: await a.handle(turn) };
  }

  /** The hand-off button of a typed command: the command runs as if typed where the button was pressed. */
  private async continueCommand(turn: ActionTurn): Promise<Routed> {
    const d = ContinueData.safeParse(turn.data);
    if (!d.success) return { route: 'unknown-action', result: this.deps.unknownAction(turn.verb) };
    const { route, result } = await this.text({ actor: turn.actor, text: d.data.text, now: turn.now });
    // The hand-off card stays as it is; what the command answers comes as new messages.
    return { route: `continue.${route}`, result: { send: asMessages(result) } };
  }
}

/** Outside an Action.Execute there is no card to replace: a replacement is sent as a new message first. */
export function asMessages(result: DialogResult): Outgoing[] {
  return [...(result.replace ? [{ type: 'card' as const, card: result.replace }] : []), ...(result.send ?? [])];
}

function withoutVerb(data: Record<string, unknown>): Record<string, unknown> {
  const { verb: _verb, ...rest } = data;
  return rest;
}
