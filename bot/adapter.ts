import { AsyncLocalStorage } from 'node:async_hooks';
import { format } from 'node:util';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { ConfigurationServiceClientCredentialFactory, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { Config } from './config.js';

/**
 * The Bot Framework endpoints the token check uses. Only tests set them (to a local key server);
 * unset, the public cloud's are used.
 */
export type BotFrameworkEndpoints = Record<string, string | boolean>;

const consoleScope = new AsyncLocalStorage<(line: string) => void>();
const routers = new WeakSet<(...args: unknown[]) => void>();

/**
 * Console output made inside a consoleScope goes to that scope's sink; all other output is untouched.
 * Checked on every use: whatever replaced a console method since (a logger, a test's recorder) is wrapped
 * in turn, so the library's output stays routed.
 */
function routeConsoleOfScope(): void {
  for (const level of ['error', 'warn', 'log'] as const) {
    if (routers.has(console[level])) continue;
    const original = console[level].bind(console);
    const router = (...args: unknown[]) => {
      const sink = consoleScope.getStore();
      if (sink)
        sink(
          format(...args)
            .split('\n')[0]
            .slice(0, 200),
        );
      else original(...args);
    };
    routers.add(router);
    console[level] = router;
  }
}

/**
 * The adapter, with the token check split from the turn: the server checks the token first and
 * answers every failure with its own 401 (botbuilder's `process()` answers some forged tokens with
 * 500 and the library's message, and prints a stack trace for each).
 */
export class CheckedTeamsAdapter extends TeamsAdapter {
  /**
   * Resolves with the caller's identity, or rejects when the token is missing, forged or expired.
   * What the token library prints on the console meanwhile (a stack trace per forged token) goes to
   * `libraryOutput` instead of stderr.
   */
  authenticate(activity: Partial<Activity>, authHeader: string, libraryOutput: (line: string) => void = () => {}): Promise<AuthenticateRequestResult> {
    routeConsoleOfScope();
    return consoleScope.run(libraryOutput, () => this.botFrameworkAuthentication.authenticateRequest(activity as Activity, authHeader));
  }

  /** Runs the turn for an activity whose token `authenticate` accepted. */
  run(auth: AuthenticateRequestResult, activity: Activity, logic: (ctx: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}

/**
 * With BOT_ID the adapter validates every activity's token (an unsigned request gets 401) and signs
 * its replies; without it (local mode) authentication is disabled, as for the Agents Playground.
 */
export function createAdapter(config: Config, endpoints?: BotFrameworkEndpoints): CheckedTeamsAdapter {
  const factory = new ConfigurationServiceClientCredentialFactory(
    config.BOT_ID
      ? {
          MicrosoftAppId: config.BOT_ID,
          MicrosoftAppPassword: config.BOT_PASSWORD,
          MicrosoftAppType: config.BOT_TYPE ?? (config.BOT_TENANT_ID ? 'SingleTenant' : 'MultiTenant'),
          MicrosoftAppTenantId: config.BOT_TENANT_ID,
        }
      : {},
  );
  return new CheckedTeamsAdapter((endpoints ?? {}) as never, factory);
}
