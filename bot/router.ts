/**
 * Picks the dialog for a turn: a card action by its verb; a message by an anchored command pattern,
 * then by a feature with a flow waiting for typed input, and anything else as a question.
 * Free of teams-ai so it can be tested as plain functions.
 */
import type { ActionTurn, DialogResult, Feature, TextTurn } from '../dialogs/shared/turn.js';

export interface Routed {
  route: string;
  result: DialogResult;
}

export interface RouterDeps {
  features: Feature[];
  /** The catch-all: question answering. */
  question(turn: TextTurn): Promise<DialogResult>;
  unknownAction(verb: string): DialogResult;
  unknownCommand(command: string): DialogResult;
  emptyMessage(): DialogResult;
}

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

export class Router {
  private readonly actions = new Map<string, { feature: string; handle: NonNullable<Feature['actions']>[string] }>();

  constructor(private readonly deps: RouterDeps) {
    for (const f of deps.features) {
      for (const [verb, handle] of Object.entries(f.actions ?? {})) {
        if (this.actions.has(verb)) throw new Error(`verb ${verb} registered twice (${this.actions.get(verb)!.feature}, ${f.name})`);
        this.actions.set(verb, { feature: f.name, handle });
      }
    }
  }

  async text(turn: TextTurn): Promise<Routed> {
    const folded = foldCommand(turn.text);
    if (!folded) return { route: 'empty', result: this.deps.emptyMessage() };
    for (const f of folded.length <= MAX_COMMAND_LENGTH ? this.deps.features : []) {
      for (const c of f.commands ?? []) {
        const m = folded.match(c.pattern);
        if (m) return { route: `${f.name}.${c.id}`, result: await c.handle(turn, m) };
      }
    }
    for (const f of this.deps.features) {
      if (!f.onText) continue;
      const r = await f.onText(turn);
      if (r) return { route: `${f.name}.text`, result: r };
    }
    // "/something" is meant as a command; anything else is a question.
    if (turn.text.trim().startsWith('/')) return { route: 'unknown-command', result: this.deps.unknownCommand(turn.text.trim().split(/\s+/)[0]) };
    return { route: 'question', result: await this.deps.question(turn) };
  }

  async action(turn: ActionTurn): Promise<Routed> {
    const a = this.actions.get(turn.verb);
    if (!a) return { route: 'unknown-action', result: this.deps.unknownAction(turn.verb) };
    return { route: turn.verb, result: await a.handle(turn) };
  }
}
