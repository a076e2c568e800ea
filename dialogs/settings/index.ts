/**
 * The settings card (`innstillinger`): a tenant's admins set who else is admin, the NAV contact, the HR
 * channel for checklist copies, the sector, reminder days and how long things are kept; make API keys
 * and webhook secrets for their HR systems; and see the proactive messages that finally failed. Admins
 * only, in a personal chat only (the card can show a new key), and every change is audited.
 */
import type { Audit } from '../shared/audit.js';
import type { Clock, Store } from '../shared/ports.js';
import { reply, type ActionTurn, type DialogResult, type Feature, type TextTurn } from '../shared/turn.js';
import type { Roles } from '../hr/roles.js';
import { secretCard } from './cards/secretCard.js';
import { settingsCard } from './cards/settingsCard.js';
import { newApiKey, newSalt, deriveWebhookSecret } from './keys.js';
import {
  DELIVERY_FAILURES,
  RETENTION_LIMITS,
  readSettings,
  resolveSettings,
  SETTINGS_ID,
  TENANT_SETTINGS,
  type DeliveryFailure,
  type Retention,
  type SettingsDefaults,
  type StoredSettings,
} from './model.js';
import { formErrors, settingsFormSchema } from './schemas.js';
import { S } from './strings.js';

export * from './model.js';
export { deriveWebhookSecret, hashKey, newApiKey, sameSecret, tenantOfKey } from './keys.js';

export interface SettingsDeps {
  store: Store;
  clock: Clock;
  roles: Roles;
  audit: Audit;
  /** The defaults of the current tenant (the environment's values for the installation's default tenant). */
  defaults: () => SettingsDefaults;
  /** SECRETS_KEY: per-tenant webhook secrets are derived from it; without it they cannot be made. */
  webhookMasterKey?: () => string | undefined;
}

const osloTime = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const fmt = (iso: string) => osloTime.format(new Date(iso));
const RETENTION_KEYS = Object.keys(RETENTION_LIMITS) as Array<keyof Retention>;

export function createSettingsFeature(deps: SettingsDeps): Feature {
  const repo = deps.store.repo<StoredSettings>(TENANT_SETTINGS);
  const failures = deps.store.repo<DeliveryFailure>(DELIVERY_FAILURES);

  type Turn = TextTurn | ActionTurn;
  /** Admins only, and only in a personal chat; refusals are audited and change nothing. */
  const gate =
    (name: string, fn: (turn: Turn) => Promise<DialogResult>) =>
    async (turn: Turn): Promise<DialogResult> => {
      if (!(await deps.roles.isAdmin(turn.actor))) {
        await deps.audit.log({ actor: turn.actor.userId, action: name, outcome: 'denied', at: turn.now });
        return reply.text(S.deniedAdmin);
      }
      if (turn.actor.conversationType !== 'personal') return reply.text(S.onlyPersonal);
      return fn(turn);
    };

  const view = async (extra: { values?: Record<string, string>; errors?: Record<string, string>; notice?: string } = {}) => {
    const stored = await readSettings(deps.store);
    const defaults = deps.defaults();
    return settingsCard({
      settings: resolveSettings(stored, defaults),
      stored: stored ?? {},
      defaults,
      hrAdvisers: (await deps.roles.hrAdvisers()).length,
      failures: (await failures.find()).sort((a, b) => a.at.localeCompare(b.at)),
      webhookAvailable: !!deps.webhookMasterKey?.(),
      fmt,
      ...extra,
    });
  };

  /** Read-modify-write of the one settings record, retried if another admin saved at the same moment. */
  const update = async (fn: (s: StoredSettings) => StoredSettings): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      const current = await repo.get(SETTINGS_ID);
      try {
        await repo.put(fn(current ? { ...current } : { id: SETTINGS_ID }), { ifRev: current?.rev ?? 0 });
        return;
      } catch (e) {
        if (attempt >= 4 || (e as Error).name !== 'StaleWriteError') throw e;
      }
    }
  };

  const stringsOf = (data: Record<string, unknown>): Record<string, string> =>
    Object.fromEntries(
      Object.entries(data)
        .filter(([k, v]) => k !== 'verb' && (typeof v === 'string' || typeof v === 'number'))
        .map(([k, v]) => [k, String(v).slice(0, 5_000)]),
    );

  const save = async (turn: ActionTurn): Promise<DialogResult> => {
    const parsed = settingsFormSchema.safeParse(turn.data);
    if (!parsed.success) return reply.replace(await view({ values: stringsOf(turn.data), errors: formErrors(parsed.error) }));
    const f = parsed.data;
    const me = (turn.actor.aadObjectId ?? '').toLowerCase();
    const current = resolveSettings(await readSettings(deps.store), deps.defaults());
    const bootstrap = deps.defaults().bootstrapAdmins.map((a) => a.toLowerCase());
    if (current.storedAdmins.includes(me) && !f.admins.includes(me) && !bootstrap.includes(me)) {
      return reply.replace(await view({ values: stringsOf(turn.data), errors: { admins: S.v.notYourself } }));
    }
    const retention: Partial<Retention> = {};
    for (const k of RETENTION_KEYS) {
      const v = f[`retention_${k}`];
      if (v !== undefined) retention[k] = v;
    }
    await update((s) => {
      const next: StoredSettings = { ...s, admins: f.admins, retention, updatedBy: turn.actor.userId, updatedAt: turn.now.toISOString() };
      for (const k of ['navContact', 'hrConversationId', 'defaultSector', 'reminderWorkingDays'] as const) {
        if (f[k] === undefined) delete next[k];
        else (next as unknown as Record<string, unknown>)[k] = f[k];
      }
      return next;
    });
    await deps.audit.log({ actor: turn.actor.userId, action: 'settings.save', target: 'settings', outcome: 'ok', at: turn.now });
    return reply.replace(await view({ notice: S.saved }));
  };

  const makeApiKey = async (turn: ActionTurn): Promise<DialogResult> => {
    const { token, hash } = newApiKey(deps.store.tenant());
    await update((s) => ({ ...s, apiKey: { hash, setAt: turn.now.toISOString(), setBy: turn.actor.userId } }));
    await deps.audit.log({ actor: turn.actor.userId, action: 'settings.apiKey', target: 'apiKey', outcome: 'ok', at: turn.now });
    return reply.replace(secretCard('apiKey', token, deps.store.tenant()));
  };

  const makeWebhookSecret = async (turn: ActionTurn): Promise<DialogResult> => {
    const master = deps.webhookMasterKey?.();
    if (!master) return reply.replace(await view());
    const salt = newSalt();
    await update((s) => ({ ...s, webhook: { salt, setAt: turn.now.toISOString(), setBy: turn.actor.userId } }));
    await deps.audit.log({ actor: turn.actor.userId, action: 'settings.webhookSecret', target: 'webhook', outcome: 'ok', at: turn.now });
    return reply.replace(secretCard('webhook', deriveWebhookSecret(master, deps.store.tenant(), salt), deps.store.tenant()));
  };

  const clearFailures = async (turn: ActionTurn): Promise<DialogResult> => {
    for (const f of await failures.find()) await failures.remove(f.id);
    await deps.audit.log({ actor: turn.actor.userId, action: 'settings.clearFailures', outcome: 'ok', at: turn.now });
    return reply.replace(await view());
  };

  const asAction = (fn: (turn: ActionTurn) => Promise<DialogResult>) => (turn: Turn) => fn(turn as ActionTurn);
  return {
    name: 'settings',
    commands: [{ id: 'show', pattern: /^(?:innstillinger|instillinger|innstilling)$/, handle: gate('settings.view', async () => reply.card(await view())) }],
    actions: {
      'settings.show': gate('settings.view', async () => reply.replace(await view())),
      'settings.save': gate('settings.save', asAction(save)),
      'settings.newApiKey': gate('settings.apiKey', asAction(makeApiKey)),
      'settings.newWebhookSecret': gate('settings.webhookSecret', asAction(makeWebhookSecret)),
      'settings.clearFailures': gate('settings.clearFailures', asAction(clearFailures)),
    },
    help: [{ ...S.help, verb: 'settings.show', roles: ['admin'] }],
  };
}
