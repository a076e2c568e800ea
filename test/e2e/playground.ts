/**
 * Runs the real bot and the Microsoft 365 Agents Playground side by side, and drives the Playground's
 * page in headless Debian Chromium with playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ROOT = path.resolve(import.meta.dirname, '../..');
export const ARTIFACTS = path.join(ROOT, 'test/artifacts');

/** Browser tests need Debian's Chromium; CI installs it. Elsewhere they are skipped with a reason. */
export const browserAvailable = fs.existsSync(CHROMIUM);
if (!browserAvailable && process.env.CI) throw new Error(`CI=true but no Chromium at ${CHROMIUM}: .ci/run installs it with apt-get`);

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, proc: ChildProcess, log: () => string, timeoutMs = 45_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (proc.exitCode !== null) throw new Error(`process exited (${proc.exitCode}) before ${url} answered:\n${log()}`);
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer in ${timeoutMs} ms:\n${log()}`);
}

function run(cmd: string, args: string[], env: Record<string, string>): { proc: ChildProcess; log: () => string } {
  let out = '';
  const proc = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  return { proc, log: () => out.slice(-4000) };
}

export interface Session {
  page: Page;
  botUrl: string;
  playgroundUrl: string;
  dataDir: string;
  /** Types a message into the chat box and sends it. */
  say(text: string): Promise<void>;
  /** Waits for a text to appear in the chat. */
  see(text: string, timeoutMs?: number): Promise<void>;
  shot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface BotProcess {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startBotProcess(env: Record<string, string> = {}): Promise<BotProcess> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-e2e-'));
  const bot = run(process.execPath, ['--import', 'tsx', 'bot/index.ts'], { PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/healthz`, bot.proc, bot.log);
  return { url, dataDir, stop: () => stop(bot.proc) };
}

function stop(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode) return Promise.resolve();
  p.kill('SIGTERM');
  return new Promise((r) => p.once('exit', () => r()));
}

/**
 * Writes a Playground config whose current user is `currentUser` (an id from .m365agentsplayground.yml),
 * so two Playgrounds can act as two people against one bot.
 */
export function configAs(currentUserId: string, dir: string): string {
  const yml = fs.readFileSync(path.join(ROOT, '.m365agentsplayground.yml'), 'utf8');
  const blocks = yml.split(/\n(?=currentUser:|users:|personalChat:)/);
  const current = blocks.find((b) => b.startsWith('currentUser:'))!;
  const users = blocks.find((b) => b.startsWith('users:'))!;
  const toItem = (block: string) => block.replace(/^currentUser:\n/, '').replace(/^  /gm, '    ').replace(/^    /, '  - ');
  const file = path.join(dir, `playground-${currentUserId}.yml`);
  if (new RegExp(`^  id: ${currentUserId}$`, 'm').test(current)) {
    fs.writeFileSync(file, yml);
    return file;
  }
  const items = users.replace(/^users:\n/, '').split(/\n(?=  - )/).map((s) => s.replace(/\n+$/, ''));
  const chosen = items.find((i) => i.includes(`id: ${currentUserId}\n`) || i.endsWith(`id: ${currentUserId}`));
  if (!chosen) throw new Error(`no user ${currentUserId} in .m365agentsplayground.yml`);
  const asCurrent = 'currentUser:\n' + chosen.replace(/^  - /, '    ').replace(/^    /gm, '  ');
  const others = ['users:', toItem(current).replace(/\n+$/, ''), ...items.filter((i) => i !== chosen)].join('\n');
  const out = blocks.map((b) => (b.startsWith('currentUser:') ? asCurrent : b.startsWith('users:') ? others : b)).join('\n');
  fs.writeFileSync(file, out.endsWith('\n') ? out : out + '\n');
  return file;
}

export async function startSession(opts: { env?: Record<string, string>; config?: string; bot?: BotProcess } = {}): Promise<Session> {
  const bot = opts.bot ?? (await startBotProcess(opts.env));
  const ownBot = !opts.bot;
  const botUrl = bot.url;
  const dataDir = bot.dataDir;
  const pgPort = await freePort();
  const pgArgs = [path.join(ROOT, 'node_modules/@microsoft/m365agentsplayground/cli.js'), 'start', '-e', `${botUrl}/api/messages`, '-c', 'msteams', '-p', String(pgPort), '--dt'];
  const pg = run(process.execPath, pgArgs, {
    TEAMSAPPTESTER_BROWSER: 'none',
    M365_AGENTS_PLAYGROUND_LOGFILE: path.join(dataDir, `playground-${pgPort}.log`),
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: opts.config ?? path.join(dataDir, 'no-config.yml'),
  });
  const playgroundUrl = `http://localhost:${pgPort}`;
  await waitForHttp(playgroundUrl, pg.proc, pg.log);
  // The server answers before its config is loaded; a bad config makes it exit a moment later.
  await new Promise((r) => setTimeout(r, 500));
  if (pg.proc.exitCode !== null) throw new Error(`the Playground exited:\n${pg.log()}`);

  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(playgroundUrl);
  fs.mkdirSync(ARTIFACTS, { recursive: true });

  return {
    page,
    botUrl,
    playgroundUrl,
    dataDir,
    async say(text) {
      const box = page.locator('[data-lexical-editor="true"]').first();
      await box.click();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    },
    async see(text, timeoutMs = 20_000) {
      await page.getByText(text, { exact: false }).last().waitFor({ state: 'visible', timeout: timeoutMs });
    },
    async shot(name) {
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await browser.close().catch(() => {});
      await stop(pg.proc);
      if (ownBot) await bot.stop();
    },
  };
}
