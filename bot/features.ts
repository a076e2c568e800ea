/**
 * Wires the dialogs' features with their dependencies, plus the HTTP routes and the background jobs they
 * need. The dialogs' configuration is read per tenant: the objects handed to them below answer with the
 * settings of the tenant whose turn, webhook call or job is running (bot/tenancy.ts).
 */
import type restify from 'restify';
import type { Audit } from '../dialogs/shared/audit.js';
import type { Clock, Store } from '../dialogs/shared/ports.js';
import type { DialogResult, Feature, TextTurn } from '../dialogs/shared/turn.js';
import type { Roles } from '../dialogs/hr/roles.js';
import { createGuideFeature } from '../dialogs/guide/index.js';
import { createCuratedKnowledge, createHrFeature, type CuratedKnowledge } from '../dialogs/hr/index.js';
import { createQaFeature } from '../dialogs/qa/index.js';
import { createSettingsFeature } from '../dialogs/settings/index.js';
import { createVacancyService, type VacancyConfig } from '../dialogs/vacancy/index.js';
import { createKnowledgeIndex, loadCuratedEntries, type Entry } from '../knowledge/index.js';
import { todayInNorway } from '../knowledge/rules/index.js';
import type { ApiAuth } from './apiAuth.js';
import type { Config } from './config.js';
import type { JobDef } from './jobs.js';
import type { Logger } from './logger.js';
import type { ProactiveNotifier } from './proactive.js';
import { runRetention } from './retention.js';
import { assessRoutes } from './routes/assess.js';
import { reportRoutes } from './routes/reports.js';
import { vacancyRoutes } from './routes/vacancies.js';
import type { Tenancy } from './tenancy.js';
import { inTenant } from '../dialogs/shared/tenant.js';

/** How long after a tenant's first activity its knowledge index is built (after the reply has gone). */
const WARM_AFTER_MS = 1_000;

export interface FeatureDeps {
  config: Config;
  store: Store;
  clock: Clock;
  roles: Roles;
  audit: Audit;
  notifier: ProactiveNotifier;
  logger: Logger;
  tenancy: Tenancy;
  auth: ApiAuth;
  /** The shipped entries; the curated files unless given (the benchmark gives 10,000). */
  entries?: Entry[];
}

export interface BuiltFeatures {
  features: Feature[];
  /** Another instance changed a tenant's entry (or, without an id, anything): bring this instance's index up to date. */
  onRemoteEntryChange(tenant: string, entryId?: string): void;
  /** Changes may have been missed (the change feed reconnected): every index is rebuilt on next use. */
  onResync(): Promise<void>;
  question(turn: TextTurn): Promise<DialogResult>;
  onUserSeen(userId: string): Promise<void>;
  routes: Array<(server: restify.Server) => void>;
  jobs: JobDef[];
  knowledgeAdmin: CuratedKnowledge;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function buildFeatures(deps: FeatureDeps): BuiltFeatures {
  const { store, clock, roles, audit, notifier, tenancy, auth, logger } = deps;
  const curated = deps.entries ?? loadCuratedEntries();
  const settings = () => tenancy.settings();

  const vacancyConfig: VacancyConfig = {
    get navContact() {
      return settings().navContact;
    },
    get reminderWorkingDays() {
      return settings().reminderWorkingDays;
    },
    get hrConversationId() {
      return settings().hrConversationId;
    },
    get retentionMonths() {
      return settings().retention.vacancyMonths;
    },
    get defaultSector() {
      return settings().defaultSector;
    },
  };
  const vacancies = createVacancyService({ store, clock, notifier, roles, audit, config: vacancyConfig });

  // Each tenant gets its own index: the shipped entries with that tenant's HR changes, built on first use.
  const knowledgeAdmin = createCuratedKnowledge({ store, curated, newIndex: () => createKnowledgeIndex(curated, { date: todayInNorway(clock.now()) }) });
  // The tenants whose index this instance has built, so a change elsewhere is applied to it in place
  // (one read and an upsert, instead of rebuilding the whole index on the next question).
  const indexed = new Set<string>();
  const knowledge = () => {
    indexed.add(store.tenant());
    return knowledgeAdmin.index();
  };
  // A tenant's first activity on this instance starts building its index soon after the reply, so the manager's
  // first typed question does not wait for the build (about 2 s with the shipped entries; far more under load).
  const warming = new Set<string>();
  const warmSoon = () => {
    const tenant = store.tenant();
    if (knowledgeAdmin.hasIndex(tenant) || warming.has(tenant)) return;
    warming.add(tenant);
    setTimeout(() => {
      inTenant(tenant, knowledge)
        .catch((err: unknown) => logger.warn({ err: (err as Error).message, tenant }, 'could not build the knowledge index ahead of the first question; it is built on first use'))
        .finally(() => warming.delete(tenant));
    }, WARM_AFTER_MS).unref();
  };
  let applying = Promise.resolve();
  const onRemoteEntryChange = (tenant: string, entryId?: string) => {
    if (!indexed.has(tenant) || !entryId) return knowledgeAdmin.invalidate(tenant);
    // One at a time, each reading the entry as it is now: the last one applied is the newest.
    applying = applying.then(() =>
      inTenant(tenant, async () => {
        const idx = await knowledgeAdmin.index();
        const v = await knowledgeAdmin.get(entryId);
        if (v?.status === 'active') idx.upsert(v.entry);
        else idx.remove(entryId);
      }).catch((err: unknown) => {
        logger.warn({ err: (err as Error).message, tenant }, 'could not apply an entry change from another instance; rebuilding that index on next use');
        knowledgeAdmin.invalidate(tenant);
      }),
    );
  };
  const qa = createQaFeature({
    store,
    clock,
    knowledge,
    get defaultSector() {
      return settings().defaultSector;
    },
  });
  const hr = createHrFeature({
    store,
    clock,
    roles,
    audit,
    knowledgeAdmin,
    notifier,
    get textRetentionDays() {
      return settings().retention.textDays;
    },
  });
  const guide = createGuideFeature({
    store,
    clock,
    get defaultSector() {
      return settings().defaultSector;
    },
    knowledge,
    get retentionDays() {
      return settings().retention.guideRunDays;
    },
  });
  const settingsFeature = createSettingsFeature({ store, clock, roles, audit, defaults: () => tenancy.defaults(), webhookMasterKey: () => auth.masterKey() });

  return {
    // HR's lists and forms, and the settings, answer in 1:1 chats only; in a channel the router hands them off.
    features: [guide, vacancies.feature, { ...hr, personalOnly: true }, { ...settingsFeature, personalOnly: true }, qa],
    question: (turn) => qa.answerQuestion(turn),
    onUserSeen: async (userId) => {
      await vacancies.onUserSeen(userId);
      warmSoon();
    },
    knowledgeAdmin,
    onRemoteEntryChange,
    async onResync() {
      for (const t of indexed) knowledgeAdmin.invalidate(t);
    },
    routes: [
      assessRoutes({ auth, loopbackOnly: deps.config.mode === 'authenticated', now: () => clock.now() }),
      vacancyRoutes({ vacancies, auth, run: tenancy.run, logger }),
      reportRoutes({ vacancies, auth, run: tenancy.run, now: () => clock.now() }),
    ],
    jobs: [
      { name: 'reminders', everyMs: HOUR, cron: '7 * * * *', run: () => vacancies.runReminders() },
      { name: 'deliveries', everyMs: 5 * MINUTE, cron: '*/5 * * * *', run: () => vacancies.retryDeliveries() },
      { name: 'retention', everyMs: 24 * HOUR, cron: '30 2 * * *', run: () => runRetention({ store, clock, settings, reduceVacancies: () => vacancies.applyRetention() }) },
      // Guide runs go by the hour: they may hold a candidate's answers (dialogs/guide).
      { name: 'guide-retention', everyMs: HOUR, cron: '17 * * * *', run: () => guide.applyRetention() },
    ],
  };
}
