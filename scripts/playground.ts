/**
 * `npm run playground`: starts the bot and the Microsoft 365 Agents Playground against it, so a person
 * can chat with the bot at http://localhost:56150 as if in Teams. Ctrl+C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { loadDotEnv } from '../bot/config.js';

loadDotEnv();
const root = path.resolve(import.meta.dirname, '..');
const port = process.env.PORT ?? '3978';
const pgPort = process.env.PLAYGROUND_PORT ?? '56150';
const children: ChildProcess[] = [];

function start(name: string, args: string[], env: Record<string, string | undefined>): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
  child.on('exit', (code) => {
    console.error(`${name} exited (${code ?? 'signal'}); stopping.`);
    stopAll(code ?? 1);
  });
  children.push(child);
  return child;
}

function stopAll(code: number): void {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

// The bot: local mode, no Azure credentials.
// Hanne (see .m365agentsplayground.yml) is the admin, unless the operator set admins.
start('bot', ['--import', 'tsx', 'bot/index.ts'], {
  PORT: port,
  BOT_ID: undefined,
  ADMIN_AAD_OBJECT_IDS: process.env.ADMIN_AAD_OBJECT_IDS ?? '00000000-0000-0000-0000-0000000000a1',
});

const healthz = `http://127.0.0.1:${port}/healthz`;
for (let i = 0; i < 150; i++) {
  try {
    if ((await fetch(healthz)).ok) break;
  } catch {
    /* starting */
  }
  await new Promise((r) => setTimeout(r, 200));
}

// The Playground exits when it cannot open a browser: on a machine without a display, don't try.
const headless = !process.env.DISPLAY && process.platform === 'linux';
start(
  'playground',
  [path.join(root, 'node_modules/@microsoft/m365agentsplayground/cli.js'), 'start', '-e', `http://127.0.0.1:${port}/api/messages`, '-c', 'msteams', '-p', pgPort],
  {
    TEAMSAPPTESTER_BROWSER: process.env.TEAMSAPPTESTER_BROWSER ?? (headless ? 'none' : undefined),
    M365_AGENTS_PLAYGROUND_LOGFILE: process.env.M365_AGENTS_PLAYGROUND_LOGFILE ?? path.join(root, 'data', 'playground.log'),
  },
);
console.log(`\nAgents Playground: open http://localhost:${pgPort} in a browser to chat with the bot.\n`);
