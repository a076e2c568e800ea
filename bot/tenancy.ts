/**
 * Which Teams tenant an activity, webhook call or job belongs to, whether the bot serves it
 * (ALLOWED_TENANTS), and that tenant's settings. Every entry point runs its work through `run(tenant, …)`
 * (or `runTurn` for an activity): inside the tenant's store scope, with its settings read once and
 * available synchronously to the dialogs' configuration for the rest of the work.
 *
 * - Local mode without ALLOWED_TENANTS: everything belongs to the one default tenant (DEFAULT_TENANT_ID,
 *   `local` unless set), whatever tenant an activity names (the Agents Playground names a made-up one).
 * - ALLOWED_TENANTS set: an activity from a tenant on the list belongs to it; from any other tenant it
 *   gets one polite reply and nothing is stored, not even a conversation reference.
 * - BOT_ID set and no ALLOWED_TENANTS: only BOT_TENANT_ID, the app registration's own tenant.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { TurnContext } from 'botbuilder';
import { inTenant, currentTenant } from '../dialogs/shared/tenant.js';
import { BUILT_IN_RETENTION, readSettings, resolveSettings, type SettingsDefaults, type TenantSettings } from '../dialogs/settings/index.js';
import type { Store } from '../dialogs/shared/ports.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { S } from './strings.js';
import { tenantIdOf } from './teamsApp.js';

export interface Tenancy {
  readonly defaultTenant?: string;
  isAllowed(tenant: string): boolean;
  /** The tenant an activity belongs to, or undefined when the bot does not serve it. */
  tenantOf(activity: { conversation?: { tenantId?: string }; channelData?: unknown }): string | undefined;
  /** Runs `fn` inside the tenant, with its settings loaded. */
  run<T>(tenant: string, fn: () => Promise<T>): Promise<T>;
  /** Runs one activity's turn in its tenant, or answers it with the refusal and stores nothing. */
  runTurn(ctx: TurnContext, turn: () => Promise<unknown>): Promise<void>;
  /** The settings of the tenant in scope (inside run/runTurn). */
  settings(): TenantSettings;
  /** The defaults of the tenant in scope. */
  defaults(): SettingsDefaults;
}

export function createTenancy(deps: { config: Config; store: Store; logger: Logger }): Tenancy {
  const { config, store, logger } = deps;
  const loaded = new AsyncLocalStorage<{ tenant: string; settings: TenantSettings }>();
  const refusals = new Map<string, number>();

  const isAllowed = (tenant: string) => (config.tenants === 'default-only' ? tenant === config.defaultTenant : config.tenants.includes(tenant));

  const defaultsFor = (tenant: string): SettingsDefaults => {
    // Values that name one employer's people or channels belong to the default tenant only.
    const own = tenant === config.defaultTenant;
    return {
      bootstrapAdmins: config.ADMIN_AAD_OBJECT_IDS,
      navContact: own ? config.NAV_CONTACT : undefined,
      hrConversationId: own ? config.HR_CONVERSATION_ID : undefined,
      defaultSector: config.DEFAULT_SECTOR,
      reminderWorkingDays: config.REMINDER_WORKING_DAYS,
      retention: { ...BUILT_IN_RETENTION, vacancyMonths: config.RETENTION_MONTHS, textDays: config.TEXT_RETENTION_DAYS, guideRunDays: config.GUIDE_RETENTION_DAYS },
    };
  };

  const tenantOf: Tenancy['tenantOf'] = (activity) => {
    if (config.tenants === 'default-only') return config.defaultTenant;
    const named = tenantIdOf(activity)?.toLowerCase();
    if (!named) return config.mode === 'local' ? config.defaultTenant : undefined;
    return isAllowed(named) ? named : undefined;
  };

  const run = <T>(tenant: string, fn: () => Promise<T>): Promise<T> =>
    inTenant(tenant, async () => {
      const settings = resolveSettings(await readSettings(store), defaultsFor(tenant));
      return loaded.run({ tenant, settings }, fn);
    });

  const refuse = async (ctx: TurnContext): Promise<void> => {
    const a = ctx.activity;
    const named = tenantIdOf(a) ?? '(none)';
    const n = (refusals.get(named) ?? 0) + 1;
    refusals.set(named, n);
    // Logged the first time and then at every power of ten, so a flood cannot fill the log.
    if (Number.isInteger(Math.log10(n))) logger.warn({ tenant: named, refusals: n, type: a.type }, 'activity from a tenant the bot does not serve refused');
    if (a.type === 'invoke') {
      await ctx.sendActivity({
        type: 'invokeResponse',
        value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: S.tenantNotServed } },
      });
    } else if (
      a.type === 'message' ||
      (a.type === 'installationUpdate' && !String(a.action ?? '').startsWith('remove')) ||
      (a.type === 'conversationUpdate' && a.membersAdded?.some((m) => m.id === a.recipient?.id))
    ) {
      await ctx.sendActivity(S.tenantNotServed);
    }
  };

  return {
    defaultTenant: config.defaultTenant,
    isAllowed,
    tenantOf,
    run,
    async runTurn(ctx, turn) {
      const tenant = tenantOf(ctx.activity);
      if (!tenant) return refuse(ctx);
      await run(tenant, turn);
    },
    settings() {
      const s = loaded.getStore();
      if (!s || s.tenant !== currentTenant()) throw new Error('Tenant settings not loaded: run this inside tenancy.run(tenant, …)');
      return s.settings;
    },
    defaults: () => defaultsFor(currentTenant()),
  };
}
