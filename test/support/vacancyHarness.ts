/** A vacancy service over a memory store, with a recording notifier and a clock the test moves. */
import { createAudit } from '../../dialogs/shared/audit.js';
import type { AdaptiveCard } from '../../dialogs/shared/cardKit.js';
import { memoryStore } from './memoryStore.js';
import type { Notifier, Store } from '../../dialogs/shared/ports.js';
import type { ActionTurn, Actor, DialogResult, Outgoing, TextTurn } from '../../dialogs/shared/turn.js';
import { Roles } from '../../dialogs/hr/roles.js';
import { createVacancyService, type VacancyConfig } from '../../dialogs/vacancy/index.js';
import type { Vacancy } from '../../dialogs/vacancy/model.js';

export const MANAGER = '11111111-aaaa-4bbb-8ccc-000000000001';
export const OTHER = '11111111-aaaa-4bbb-8ccc-000000000002';
export const HR = '11111111-aaaa-4bbb-8ccc-000000000003';
export const ADMIN = '11111111-aaaa-4bbb-8ccc-000000000004';
export const HR_CHANNEL = '19:hr-channel@thread.tacv2';

export interface SentCall {
  to: { user: string } | { conversation: string };
  messages: Outgoing[];
}

export function fakeNotifier(known: Set<string> = new Set()): Notifier & { calls: SentCall[]; known: Set<string>; failNext?: boolean } {
  const n = {
    calls: [] as SentCall[],
    known,
    failNext: false,
    async sendToUser(userId: string, messages: Outgoing[]) {
      if (n.failNext) {
        n.failNext = false;
        throw new Error('connector down');
      }
      if (!n.known.has(userId)) return 'no-reference' as const;
      n.calls.push({ to: { user: userId }, messages });
      return 'sent' as const;
    },
    async sendToConversation(conversationId: string, messages: Outgoing[]) {
      n.calls.push({ to: { conversation: conversationId }, messages });
      return 'sent' as const;
    },
  };
  return n;
}

export function movableClock(iso: string) {
  let t = new Date(iso);
  return {
    now: () => new Date(t),
    set: (next: string) => {
      t = new Date(next);
    },
  };
}

export const defaultConfig: VacancyConfig = { reminderWorkingDays: 3, retentionMonths: 24, defaultSector: 'state', navContact: 'NAV St. Hanshaugen, tlf. 55 55 33 33' };

/** When setup()'s clock starts and a turn happens unless a test says otherwise: Monday 3 March 2025, 09:00 in Oslo. */
export const START = '2025-03-03T08:00:00Z';

export async function setup(opts: { config?: Partial<VacancyConfig>; store?: Store; known?: string[]; at?: string; notifier?: ReturnType<typeof fakeNotifier> } = {}) {
  const store = opts.store ?? memoryStore();
  const clock = movableClock(opts.at ?? START);
  const notifier = opts.notifier ?? fakeNotifier(new Set(opts.known ?? []));
  const roles = new Roles(store, [ADMIN]);
  await roles.grantHr(HR, ADMIN, clock.now());
  const audit = createAudit(store, clock);
  const config = { ...defaultConfig, ...opts.config };
  const service = createVacancyService({ store, clock, notifier, roles, audit, config });
  return { store, clock, notifier, roles, audit, config, service };
}

export function actor(id: string): Actor {
  return { userId: id, aadObjectId: id, conversationId: `a:personal-${id}`, conversationType: 'personal' };
}

export function text(id: string, value: string, now = new Date(START)): TextTurn {
  return { actor: actor(id), text: value, now };
}

export function act(id: string, verb: string, data: Record<string, unknown>, now = new Date(START)): ActionTurn {
  return { actor: actor(id), verb, data, now };
}

export async function runCommand(feature: ReturnType<typeof createVacancyService>['feature'], turn: TextTurn): Promise<DialogResult | undefined> {
  const folded = turn.text.toLowerCase().trim();
  for (const c of feature.commands ?? []) {
    const m = folded.match(c.pattern);
    if (m) return c.handle(turn, m);
  }
  return undefined;
}

export function runAction(feature: ReturnType<typeof createVacancyService>['feature'], turn: ActionTurn): Promise<DialogResult> {
  const h = feature.actions?.[turn.verb];
  if (!h) throw new Error(`no handler for ${turn.verb}`);
  return h(turn);
}

export function cardsIn(messages: Outgoing[] | undefined): AdaptiveCard[] {
  return (messages ?? []).flatMap((m) => (m.type === 'card' ? [m.card] : []));
}

export function textsIn(messages: Outgoing[] | undefined): string[] {
  return (messages ?? []).flatMap((m) => (m.type === 'text' ? [m.text] : []));
}

/** Every Action.Execute in a card, flattened. */
export function actionsOf(card: AdaptiveCard): Array<{ title: string; verb: string; data: Record<string, unknown> }> {
  const out: Array<{ title: string; verb: string; data: Record<string, unknown> }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Action.Execute') out.push({ title: o.title as string, verb: o.verb as string, data: o.data as Record<string, unknown> });
      // The card's `refresh` action is not a button.
      for (const [k, child] of Object.entries(o)) if (k !== 'refresh') walk(child);
    }
  };
  walk(card);
  return out;
}

export const validVacancy = {
  externalId: 'HR-2025-001',
  title: 'Rådgiver',
  unit: 'Seksjon for tilsyn',
  reason: 'sick_leave',
  permanent: false,
  durationMonths: 8,
  startDate: '2025-04-01',
  managerAadObjectId: MANAGER,
};

/** The chat form's data for a valid temporary vacancy, as Teams submits it (strings). */
export const validForm = {
  formId: '8f0e2f5e-4c1a-4d55-9d3b-6a1f0a2b3c4d',
  title: 'Saksbehandler',
  unit: 'Økonomi',
  reason: 'parental_leave',
  permanence: 'temporary',
  durationMonths: '10',
  startDate: '2025-05-01',
};

/** A stored vacancy reported in chat, for card builders. */
export const sampleVacancy = (over: Partial<Vacancy> = {}): Vacancy => ({
  id: 'v1',
  source: 'chat',
  title: 'Saksbehandler',
  unit: 'Økonomi',
  reason: 'sick_leave',
  permanent: false,
  durationMonths: 8,
  startDate: '2026-05-01',
  sector: 'state',
  managerId: MANAGER,
  reportedAt: '2026-03-02T09:00:00.000Z',
  delivery: { manager: 'sent' },
  checked: [],
  remindersSent: 0,
  ...over,
});
