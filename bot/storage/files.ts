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
    return pid;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}
