import fs from 'node:fs';
import path from 'node:path';
import { ensurePrivateDir, PRIVATE_FILE } from './secureFile.js';

/** The data files in DATA_DIR. Kept apart from bot/main.ts so command-line tools need not load the server. */
export const DATA_FILE = 'inkluderingsveilederen.json';

/** A marker that a bot process is using DATA_DIR, so command-line writers can refuse to race it. */
export const PID_FILE = 'bot.pid';

export function writePidFile(dataDir: string, pid = process.pid): void {
  ensurePrivateDir(dataDir);
  fs.writeFileSync(path.join(dataDir, PID_FILE), String(pid), { mode: PRIVATE_FILE });
}

export function removePidFile(dataDir: string, pid = process.pid): void {
  const file = path.join(dataDir, PID_FILE);
  try {
    if (fs.readFileSync(file, 'utf8').trim() === String(pid)) fs.rmSync(file);
  } catch {
    /* already gone */
  }
}

/** The pid of a live bot using dataDir, or undefined (no file, or a stale one from a crash). */
export function runningBotPid(dataDir: string): number | undefined {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(dataDir, PID_FILE), 'utf8').trim());
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  // Pids are reused (in a container, soon): a live process that is not a Node process is not a bot.
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!/node|tsx/i.test(cmdline)) return undefined;
  } catch {
    /* no /proc (not Linux), or not readable: trust the live pid */
  }
  return pid;
}

/** Why DATA_DIR cannot be written (read-only, no permission, a file in the way), or undefined. */
export function dataDirProblem(dataDir: string): string | undefined {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
    return undefined;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const what = {
      EROFS: 'it is on a read-only file system',
      EACCES: 'no permission to write there',
      EPERM: 'no permission to write there',
      ENOTDIR: 'it is not a folder',
      EEXIST: 'it is not a folder',
    }[err.code ?? ''];
    return what ?? `${err.code ?? 'error'} while opening it`;
  }
}

/** Removes the temp file an interrupted write left behind (only while no bot is using DATA_DIR). */
export function removeStaleTempFile(dataDir: string): void {
  try {
    fs.rmSync(path.join(dataDir, `.${DATA_FILE}.tmp`), { force: true });
  } catch {
    /* nothing to do: the next write replaces it */
  }
}
