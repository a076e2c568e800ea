/**
 * Wires the dialogs' features with their dependencies, plus the HTTP routes and timers they need.
 */
import type restify from 'restify';
import type { Audit } from '../dialogs/shared/audit.js';
import type { Clock, Store } from '../dialogs/shared/ports.js';
import type { DialogResult, Feature, TextTurn } from '../dialogs/shared/turn.js';
import type { Roles } from '../dialogs/hr/roles.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { ProactiveNotifier } from './proactive.js';

export interface FeatureDeps {
  config: Config;
  store: Store;
  clock: Clock;
  roles: Roles;
  audit: Audit;
  notifier: ProactiveNotifier;
  logger: Logger;
}

export interface BuiltFeatures {
  features: Feature[];
  question(turn: TextTurn): Promise<DialogResult>;
  onUserSeen(userId: string): Promise<void>;
  routes: Array<(server: restify.Server) => void>;
  /** Starts timers; returns a function that stops them. */
  startScheduler(): () => void;
}

export function buildFeatures(_deps: FeatureDeps): BuiltFeatures {
  return {
    features: [],
    question: async () => ({ send: [{ type: 'text', text: 'Spørsmål kan jeg ikke svare på ennå.' }] }),
    onUserSeen: async () => {},
    routes: [],
    startScheduler: () => () => {},
  };
}
