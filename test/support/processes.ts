/**
 * How the tests start the bot and the scripts as child processes: from the bundles built once per run
 * (test/support/bundleSetup.ts), or, where a test is about the real command, as `npm start` / `npm run`.
 */
import path from 'node:path';
import { inject } from 'vitest';
import type { ENTRIES } from './bundleSetup.js';

/** `node <bundle>` for one of the bundled entries. */
export function bundled(entry: keyof typeof ENTRIES, args: string[] = []): { cmd: string; args: string[] } {
  const dir = inject('bundleDir');
  if (!dir) throw new Error("no bundles: run the tests with the project's vitest.config.ts, whose globalSetup builds them");
  return { cmd: process.execPath, args: ['--enable-source-maps', path.join(dir, `${entry}.mjs`), ...args] };
}

/** `npm <args>` exactly as the README says to run it (`npm start`, `npm run --silent faq -- export`). */
export function npm(args: string[]): { cmd: string; args: string[] } {
  return { cmd: 'npm', args };
}
