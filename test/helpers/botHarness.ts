/**
 * Starts the real bot (real restify server, real lowdb files in a temp folder) on a free port, with a
 * fake connector for its replies, and posts activities the way Teams does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { startBot, type RunningBot, type StartOptions } from '../../bot/main.js';
import type { Clock } from '../../dialogs/shared/ports.js';
import { startFakeConnector, type FakeConnector } from './fakeConnector.js';

export const USER = { id: '29:user-manager', aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Test Leder' };
export const BOT = { id: '28:bot', name: 'Inkluderingsveilederen' };
/** The Teams tenant every harness activity comes from, and the installation's default tenant. */
export const TENANT = 'tenant-1';

export interface Harness {
  bot: RunningBot;
  connector: FakeConnector;
  dataDir: string;
  post(activity: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  activity(partial: Record<string, unknown>): Record<string, unknown>;
  message(text: string, user?: typeof USER, conversationId?: string): Promise<{ status: number; body: any }>;
  execute(verb: string, data?: Record<string, unknown>, user?: typeof USER): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  clock?: Clock;
  dataDir?: string;
  /** Capture the bot's log at this level into this stream (default: silent). */
  log?: { level: string; stream: NodeJS.WritableStream };
  /** Where the token check finds the Bot Framework's keys (test/support/botFrameworkKeys.ts). */
  botFrameworkEndpoints?: Record<string, string | boolean>;
  /** pg-boss tuning (with DATABASE_URL): poll faster, or run without the cron clock. */
  jobs?: StartOptions['jobs'];
}

export async function startHarness(env: Record<string, string> = {}, opts: HarnessOptions = {}): Promise<Harness> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-test-'));
  const connector = await startFakeConnector();
  const config = parseConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: opts.log?.level ?? 'silent', DEFAULT_TENANT_ID: TENANT, ...env });
  const logger = opts.log ? createLogger(opts.log.level, opts.log.stream) : createLogger('silent');
  const bot = await startBot(config, { logger, clock: opts.clock, botFrameworkEndpoints: opts.botFrameworkEndpoints, jobs: opts.jobs });
  const conversationId = `a:personal-${randomUUID()}`;

  const activity = (partial: Record<string, unknown>) => ({
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: connector.url,
    timestamp: new Date().toISOString(),
    conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT },
    from: USER,
    recipient: BOT,
    channelData: { tenant: { id: TENANT } },
    locale: 'nb-NO',
    ...partial,
  });

  const post = async (body: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed };
  };

  return {
    bot,
    connector,
    dataDir,
    post,
    activity,
    message: (text, user = USER, conv) =>
      post({ ...activity({ type: 'message', text, from: user }), ...(conv ? { conversation: { id: conv, conversationType: 'personal', tenantId: TENANT } } : {}) }),
    execute: (verb, data = {}, user = USER) =>
      post(activity({ type: 'invoke', name: 'adaptiveCard/action', from: user, value: { action: { type: 'Action.Execute', verb, data: { ...data, verb } }, trigger: 'manual' } })),
    async close() {
      await bot.close();
      await connector.close();
    },
  };
}

/** The Adaptive Card contents of the activities received, in order. */
export function cardsOf(activities: Array<{ body: Record<string, any> }>): Array<Record<string, any>> {
  return activities.flatMap((a) => (a.body.attachments ?? []).filter((x: any) => x.contentType === 'application/vnd.microsoft.card.adaptive').map((x: any) => x.content));
}

export function allText(card: unknown): string {
  return JSON.stringify(card);
}

/** Every Action.Execute in a card, with its title, verb and data. */
export function actionsOf(card: unknown): Array<{ title: string; verb: string; data: Record<string, unknown> }> {
  const out: Array<{ title: string; verb: string; data: Record<string, unknown> }> = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'Action.Execute') out.push({ title: String(o.title), verb: String(o.verb), data: (o.data as Record<string, unknown>) ?? {} });
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** Presses the button titled `title` (a string or a pattern) on `card`, with optional input values. */
export async function press(h: Harness, card: unknown, title: string | RegExp, inputs: Record<string, unknown> = {}, user = USER) {
  const a = actionsOf(card).find((x) => (typeof title === 'string' ? x.title === title : title.test(x.title)));
  if (!a)
    throw new Error(
      `no button ${String(title)} on the card; buttons: ${actionsOf(card)
        .map((x) => x.title)
        .join(' | ')}`,
    );
  const res = await h.execute(a.verb, { ...a.data, ...inputs }, user);
  const replaced = res.body?.type === 'application/vnd.microsoft.card.adaptive' ? res.body.value : undefined;
  return { res, replaced };
}
