import { TeamsAdapter } from '@microsoft/teams-ai';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { Config } from './config.js';

/**
 * With BOT_ID the adapter validates every activity's token (an unsigned request gets 401) and signs
 * its replies; without it (local mode) authentication is disabled, as for the Agents Playground.
 */
export function createAdapter(config: Config): TeamsAdapter {
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
  return new TeamsAdapter({}, factory);
}
