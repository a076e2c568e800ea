/**
 * How the tests start the bot and the scripts as child processes: from the bundles built once per run
 * (test/support/bundleSetup.ts), or, where a test is about the real command, as `npm start` / `npm run`.
 */
import path from 'node:path';
import { inject } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** `node <bundle>` for one of the bundled entries (see ENTRIES in bundleSetup.ts). */
export function bundled(entry: 'bot' | 'faq' | 'assess' | 'package', args: string[] = []): { cmd: string; args: string[] } {
  return { cmd: process.execPath, args: ['--enable-source-maps', path.join(inject('bundleDir'), `${entry}.mjs`), ...args] };
}

/** `npm <args>` exactly as the README says to run it (`npm start`, `npm run --silent faq -- export`). */
export function npm(args: string[]): { cmd: string; args: string[] } {
  return { cmd: 'npm', args };
}
