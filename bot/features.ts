/**
 * Wires the dialogs' features with their dependencies, plus the HTTP routes and timers they need.
 */
import type restify from 'restify';
import type { Audit } from '../dialogs/shared/audit.js';
import type { Clock, Store } from '../dialogs/shared/ports.js';
import type { DialogResult, Feature, TextTurn } from '../dialogs/shared/turn.js';
import type { Roles } from '../dialogs/hr/roles.js';
import { createGuideFeature } from '../dialogs/guide/index.js';
import { applyQueueRetention, createCuratedKnowledge, createHrFeature } from '../dialogs/hr/index.js';
import { createQaFeature } from '../dialogs/qa/index.js';
import { createVacancyService } from '../dialogs/vacancy/index.js';
import { createKnowledgeIndex, loadCuratedEntries, type Entry } from '../knowledge/index.js';
import type { Config } from './config.js';
import { inTenant } from '../dialogs/shared/tenant.js';
import { applyTextRetention } from '../dialogs/shared/retention.js';
import type { Logger } from './logger.js';
import type { ProactiveNotifier } from './proactive.js';
import { startJobs } from './scheduler.js';
import { assessRoutes } from './routes/assess.js';
import { reportRoutes } from './routes/reports.js';
import { vacancyRoutes } from './routes/vacancies.js';

export interface FeatureDeps {
  config: Config;
  store: Store;
  clock: Clock;
  roles: Roles;
  audit: Audit;
  notifier: ProactiveNotifier;
  logger: Logger;
  /** The shipped entries; the curated files unless given (the benchmark gives 10,000). */
  entries?: Entry[];
}

export interface BuiltFeatures {
  features: Feature[];
  question(turn: TextTurn): Promise<DialogResult>;
  onUserSeen(userId: string): Promise<void>;
  routes: Array<(server: restify.Server) => void>;
  /** Starts timers; returns a function that stops them. */
  startScheduler(): () => void;
}

const HOUR = 3_600_000;

export function buildFeatures(deps: FeatureDeps): BuiltFeatures {
  const { config, store, clock, roles, audit, notifier, logger } = deps;
  const curated = deps.entries ?? loadCuratedEntries();

  const vacancies = createVacancyService({
    store,
    clock,
    notifier,
    roles,
    audit,
    config: {
      navContact: config.NAV_CONTACT,
      reminderWorkingDays: config.REMINDER_WORKING_DAYS,
      hrConversationId: config.HR_CONVERSATION_ID,
      retentionMonths: config.RETENTION_MONTHS,
      defaultSector: config.DEFAULT_SECTOR,
    },
  });

  // Each tenant gets its own index: the shipped entries with that tenant's HR changes, built on first use.
  const knowledgeAdmin = createCuratedKnowledge({ store, curated, newIndex: () => createKnowledgeIndex(curated) });
  const knowledge = () => knowledgeAdmin.index();
  const qa = createQaFeature({ store, clock, knowledge, defaultSector: config.DEFAULT_SECTOR });
  const hr = createHrFeature({ store, clock, roles, audit, knowledgeAdmin, notifier, textRetentionDays: config.TEXT_RETENTION_DAYS });
  /** Runs a job once inside every tenant that has records. */
  const everyTenant = (run: () => Promise<number>) => async () => {
    let total = 0;
    for (const tenant of await store.tenants()) total += await inTenant(tenant, run);
    return total;
  };

  const guide = createGuideFeature({ store, clock, defaultSector: config.DEFAULT_SECTOR, knowledge, retentionDays: config.GUIDE_RETENTION_DAYS });

  return {
    // HR's lists and forms answer in 1:1 chats only; in a channel the router hands them off.
    features: [guide, vacancies.feature, { ...hr, personalOnly: true }, qa],
    question: (turn) => qa.answerQuestion(turn),
    onUserSeen: (userId) => vacancies.onUserSeen(userId),
    routes: [
      assessRoutes({ apiKey: config.API_KEY, loopbackOnly: config.mode === 'authenticated' }),
      vacancyRoutes({ vacancies, secret: config.WEBHOOK_SECRET, tenant: config.DEFAULT_TENANT_ID, logger }),
      reportRoutes({ vacancies, apiKey: config.API_KEY, tenant: config.DEFAULT_TENANT_ID, now: () => clock.now() }),
    ],
    startScheduler: () =>
      startJobs(
        [
          { name: 'reminders', everyMs: HOUR, run: everyTenant(() => vacancies.runReminders()) },
          {
            name: 'retention',
            everyMs: 24 * HOUR,
            run: everyTenant(async () => {
              const texts = await applyTextRetention(store, clock.now(), config.TEXT_RETENTION_DAYS);
              const queue = await applyQueueRetention(store, clock.now(), config.TEXT_RETENTION_DAYS);
              return (await vacancies.applyRetention()) + texts.questionsRemoved + texts.commentsRemoved + texts.ordersRemoved + queue;
            }),
          },
          { name: 'guide-retention', everyMs: HOUR, run: everyTenant(() => guide.applyRetention()) },
        ],
        logger,
      ),
  };
}
