/**
 * Runs the real bot and the Microsoft 365 Agents Playground side by side, and drives the Playground's
 * page in headless Debian Chromium with playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { bundled, npm } from '../support/processes.js';

/** How long a reply may take: the first question of a tenant builds its index, which under the full test run's load takes seconds. */
export const REPLY_MS = 40_000;

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

/** `group`: the process leads a process group of its own (npm's children are stopped with it). */
function run(cmd: string, args: string[], env: Record<string, string>, group = false): { proc: ChildProcess; log: () => string } {
  let out = '';
  const proc = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: group });
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  return { proc, log: () => out.slice(-4000) };
}

/**
 * Makes the Playground behave like a phone's chat: the log panel closed, and the chat column (which
 * the Playground gives a desktop minimum width) shrunk to the viewport, so a card gets the width Teams
 * mobile gives it and wraps as it would there. Rules are added for the layout classes found around the
 * first card, so they hold for every message that follows.
 */
export async function phoneView(page: Page): Promise<void> {
  await page.locator('.ac-adaptiveCard').first().waitFor({ state: 'visible', timeout: 20_000 });
  // The log panel's «Hide» button: pressed until it is gone. The Playground re-renders the panel when the
  // window changes size, so a button found a moment ago may be replaced (or hidden by the Playground
  // itself) before the press lands; a press on a button that went away is simply tried again.
  const hide = page.locator('button[title="Hide log panel"]:visible');
  for (let i = 0; i < 20 && (await hide.count()); i++)
    await hide
      .first()
      .click({ timeout: 1_000 })
      .catch(() => undefined);
  if (await hide.count()) throw new Error('the Playground kept its log panel open');
  // Browser code as a string: this project type-checks without the DOM library.
  await page.evaluate(`(() => {
    const rules = [];
    let el = document.querySelector('.ac-adaptiveCard');
    while (el && el !== document.body) {
      const cls = [...el.classList].find((c) => c.startsWith('___') || c === 'fai-OutputCard' || c === 'ac-preview-panel');
      if (cls) rules.push('.' + cls + '{min-width:0!important;max-width:100%!important;margin-right:0!important;box-sizing:border-box!important}');
      if (cls === 'fai-OutputCard') rules.push('.fai-OutputCard{padding-right:0!important}');
      el = el.parentElement;
    }
    const style = document.createElement('style');
    style.textContent = rules.join('\\n');
    document.head.appendChild(style);
  })()`);
}

/**
 * Waits until the chat has settled after a card was replaced: no animation running, and the card where
 * it was a frame before (for a screenshot that shows the card, not the chat scrolling to it).
 */
export async function settled(page: Page, card: Locator): Promise<void> {
  await page.waitForFunction("document.getAnimations().every((a) => a.playState !== 'running')", undefined, { timeout: 10_000 });
  let before = '';
  for (let frame = 0; frame < 120; frame++) {
    const now = JSON.stringify(await card.boundingBox());
    if (now === before) return;
    before = now;
    // Two frames, or 200 ms where the page draws none (a busy or stalled renderer must not hang the test).
    await page.evaluate('new Promise((r) => { requestAnimationFrame(() => requestAnimationFrame(r)); setTimeout(r, 200); })');
  }
  throw new Error('the card kept moving for 120 frames');
}

/** Where a card's parts are, relative to the card's top edge (CSS pixels), and its lines of text in order. */
export interface CardLayout {
  height: number;
  lines: string[];
  /** Top and bottom of the first visible button with this title, or undefined. */
  button(title: string): { top: number; bottom: number } | undefined;
}

export async function layoutOf(card: Locator): Promise<CardLayout> {
  // Runs in the browser; typed loosely since this project type-checks without the DOM library.
  const data = await card.evaluate((root: any) => {
    const top = root.getBoundingClientRect().top;
    const visible = (e: any) => e.offsetParent !== null && e.getBoundingClientRect().height > 0;
    const lines: string[] = [...root.querySelectorAll('.ac-textBlock')]
      .filter(visible)
      .map((e: any) => String(e.innerText).trim())
      .filter(Boolean);
    const buttons = [...root.querySelectorAll('button')].filter(visible).map((b: any) => {
      const r = b.getBoundingClientRect();
      return { title: String(b.getAttribute('title') || b.innerText).trim(), top: r.top - top, bottom: r.bottom - top };
    });
    return { height: root.getBoundingClientRect().height as number, lines, buttons };
  });
  return { height: data.height, lines: data.lines, button: (t) => data.buttons.find((b) => b.title === t) };
}

export interface Session {
  page: Page;
  botUrl: string;
  playgroundUrl: string;
  dataDir: string;
  /** Types a message into the chat box and sends it. */
  say(text: string): Promise<void>;
  /** Notes a step in the session's trail (what a failure report lists). */
  step(label: string): void;
  /**
   * Runs a test's body within `ms`: when it fails or the time is up, it fails with the steps taken (seconds
   * since the body began), a screenshot of the moment, and the tail of the bot's and the Playground's logs.
   * (vitest's own time-out says only that the time was up, not where the test stood.)
   */
  within(name: string, ms: number, body: () => Promise<void>): Promise<void>;
  /** Waits for a text to appear in the chat (anywhere: an earlier message with it will do). */
  see(text: string, timeoutMs?: number): Promise<void>;
  /**
   * Says `message` and waits for a new message with `reply` in it: one more than the chat held before,
   * so a reply the chat already showed earlier does not count.
   */
  sayAndSee(message: string, reply: string, timeoutMs?: number): Promise<void>;
  shot(name: string): Promise<string>;
  /** The newest card in the chat. */
  lastCard(): Locator;
  /** Two screenshots at phone width: the screen as it is (`name`.png) and the whole card (`name`-card.png). */
  shotCard(name: string, card: Locator): Promise<string[]>;
  close(): Promise<void>;
}

export interface BotProcess {
  url: string;
  dataDir: string;
  /** The tail of the bot's output. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * The real bot as a process: the bundle built for this run, or with `npmStart`, exactly the README's
 * `npm start` (tsx compiling bot/index.ts as it loads).
 */
export async function startBotProcess(env: Record<string, string> = {}, opts: { npmStart?: boolean } = {}): Promise<BotProcess> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkl-e2e-'));
  const { cmd, args } = opts.npmStart ? npm(['start']) : bundled('bot');
  const bot = run(cmd, args, { PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env }, opts.npmStart);
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/healthz`, bot.proc, bot.log);
  return { url, dataDir, log: bot.log, stop: () => stop(bot.proc, opts.npmStart) };
}

/** SIGTERM to the process (or to its whole group), then waits for it to exit. */
function stop(p: ChildProcess, group = false): Promise<void> {
  if (p.exitCode !== null || p.signalCode) return Promise.resolve();
  const exited = new Promise<void>((r) => p.once('exit', () => r()));
  if (group && p.pid) process.kill(-p.pid, 'SIGTERM');
  else p.kill('SIGTERM');
  return exited;
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
  const toItem = (block: string) =>
    block
      .replace(/^currentUser:\n/, '')
      .replace(/^ {2}/gm, '    ')
      .replace(/^ {4}/, '  - ');
  const file = path.join(dir, `playground-${currentUserId}.yml`);
  if (new RegExp(`^  id: ${currentUserId}$`, 'm').test(current)) {
    fs.writeFileSync(file, yml);
    return file;
  }
  const items = users
    .replace(/^users:\n/, '')
    .split(/\n(?= {2}- )/)
    .map((s) => s.replace(/\n+$/, ''));
  const chosen = items.find((i) => i.includes(`id: ${currentUserId}\n`) || i.endsWith(`id: ${currentUserId}`));
  if (!chosen) throw new Error(`no user ${currentUserId} in .m365agentsplayground.yml`);
  const asCurrent = 'currentUser:\n' + chosen.replace(/^ {2}- /, '    ').replace(/^ {4}/gm, '  ');
  const others = ['users:', toItem(current).replace(/\n+$/, ''), ...items.filter((i) => i !== chosen)].join('\n');
  const out = blocks.map((b) => (b.startsWith('currentUser:') ? asCurrent : b.startsWith('users:') ? others : b)).join('\n');
  fs.writeFileSync(file, out.endsWith('\n') ? out : out + '\n');
  return file;
}

/** A phone's screen (iPhone 12-15 size in CSS pixels): the width Teams mobile gives a card. */
export const PHONE = { width: 390, height: 844 } as const;

/** The steps of one or more sessions in one test (two people in one chat: both sessions share one). */
export interface Trail {
  t0: number;
  lines: string[];
}
export const newTrail = (): Trail => ({ t0: Date.now(), lines: [] });

export async function startSession(
  opts: {
    env?: Record<string, string>;
    config?: string;
    bot?: BotProcess;
    viewport?: { width: number; height: number };
    npmStart?: boolean;
    /** A trail shared with other sessions, and this session's name in it. */
    trail?: Trail;
    label?: string;
  } = {},
): Promise<Session> {
  const bot = opts.bot ?? (await startBotProcess(opts.env, { npmStart: opts.npmStart }));
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
  let browser: Browser | undefined;
  const closeAll = async () => {
    await browser?.close().catch(() => {});
    await stop(pg.proc);
    if (ownBot) await bot.stop();
  };

  let page: Page;
  try {
    await waitForHttp(playgroundUrl, pg.proc, pg.log);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: opts.viewport ?? { width: 1280, height: 1000 }, deviceScaleFactor: opts.viewport ? 2 : 1 });
    // The server answers before its config is loaded, and a bad config makes it exit a moment later: then
    // the page cannot load (or loaded from a server that is gone now), and the Playground's own words say why.
    const exited = () => (pg.proc.exitCode !== null ? new Error(`the Playground exited:\n${pg.log()}`) : undefined);
    await page.goto(playgroundUrl).catch((e: unknown) => {
      throw exited() ?? e;
    });
    const gone = exited();
    if (gone) throw gone;
  } catch (e) {
    await closeAll();
    throw e;
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const trail = opts.trail ?? newTrail();
  const who = opts.label ? `[${opts.label}] ` : '';
  const step = (label: string) => void trail.lines.push(`${((Date.now() - trail.t0) / 1000).toFixed(1)} s  ${who}${label}`);
  page.on('crash', () => step('!! the page crashed'));
  page.on('pageerror', (e) => step(`!! page error: ${e.message.slice(0, 200)}`));
  browser!.on('disconnected', () => step('!! the browser disconnected'));
  pg.proc.on('exit', (code) => step(`!! the Playground exited (${code})`));
  const within = async (name: string, ms: number, body: () => Promise<void>) => {
    trail.t0 = Date.now();
    trail.lines.length = 0;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${name}: not done in ${ms / 1000} s`)), ms);
    });
    try {
      await Promise.race([body(), deadline]);
    } catch (e) {
      step('failed here');
      const shot = path.join(ARTIFACTS, `${name}-failure.png`);
      const saved = await page.screenshot({ path: shot, timeout: 5_000 }).then(
        () => `screenshot: ${path.relative(ROOT, shot)}`,
        (err: Error) => `no screenshot: ${err.message.split('\n')[0]}`,
      );
      // Whether the page still draws frames: a click waits for one (to see the button is still), so a page
      // that stopped drawing fails every click after 30 s.
      const frames = await Promise.race([
        page.evaluate(`new Promise((r) => { requestAnimationFrame(() => r('the page draws frames')); setTimeout(() => r('the page drew no frame in 1 s'), 1000); })`),
        new Promise((r) => setTimeout(() => r('the page did not answer in 3 s'), 3_000)),
      ]).catch((err: Error) => `the page did not answer: ${err.message.split('\n')[0]}`);
      step(String(frames));
      const first = e instanceof Error ? e.message : String(e);
      const tail = (log: string) => log.trim().split('\n').slice(-8).join('\n') || '(empty)';
      throw new Error(
        [first.split('\n')[0], 'steps:', ...trail.lines.slice(-16), saved, '', first, `bot log:\n${tail(bot.log())}`, `Playground log:\n${tail(pg.log())}`].join('\n'),
        {
          cause: e,
        },
      );
    } finally {
      clearTimeout(timer);
    }
  };
  const say = async (text: string) => {
    step(`say «${text}»`);
    const box = page.locator('[data-lexical-editor="true"]').first();
    await box.click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  };

  return {
    page,
    botUrl,
    playgroundUrl,
    dataDir,
    say,
    step,
    within,
    async see(text, timeoutMs = REPLY_MS) {
      step(`see «${text}»`);
      await page.getByText(text, { exact: false }).last().waitFor({ state: 'visible', timeout: timeoutMs });
    },
    async sayAndSee(message, reply, timeoutMs = REPLY_MS) {
      step(`wait for a new message with «${reply}»`);
      const before = await page.getByText(reply, { exact: false }).count();
      await say(message);
      await page.getByText(reply, { exact: false }).nth(before).waitFor({ state: 'visible', timeout: timeoutMs });
    },
    async shot(name) {
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    lastCard: () => page.locator('.ac-adaptiveCard').last(),
    async shotCard(name, card) {
      const screen = path.join(ARTIFACTS, `${name}.png`);
      const whole = path.join(ARTIFACTS, `${name}-card.png`);
      await settled(page, card);
      await page.screenshot({ path: screen });
      // The whole card, however tall: the same width, a screen tall enough to hold it.
      const size = page.viewportSize()!;
      const { height } = (await card.boundingBox()) ?? { height: size.height };
      if (height > size.height - 200) await page.setViewportSize({ width: size.width, height: Math.ceil(height) + 400 });
      await card.screenshot({ path: whole });
      await page.setViewportSize(size);
      return [screen, whole];
    },
    close: closeAll,
  };
}
