/**
 * A lowdb adapter for one JSON file that only the service's user can read: the folder is 0700, the file
 * 0600. A write goes to a temporary file that is synced to disk and then renamed over the data file, so a
 * crash leaves either the old or the new file, never half of one.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Adapter } from 'lowdb';

export const PRIVATE_DIR = 0o700;
export const PRIVATE_FILE = 0o600;

/** Creates the folder (0700), or narrows an existing one we own to 0700. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
  narrow(dir, PRIVATE_DIR);
}

function narrow(file: string, mode: number): void {
  try {
    const st = fs.statSync(file);
    if ((st.mode & 0o777 & ~mode) !== 0 && (process.getuid === undefined || st.uid === process.getuid())) fs.chmodSync(file, mode);
  } catch {
    /* not ours or gone: nothing to narrow */
  }
}

export class PrivateJsonFile<T> implements Adapter<T> {
  readonly tmp: string;

  constructor(readonly file: string) {
    this.tmp = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  }

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await fs.promises.readFile(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    narrow(this.file, PRIVATE_FILE);
    // A temp file left by a crash or a full disk holds nothing the data file needs.
    await fs.promises.rm(this.tmp, { force: true }).catch(() => undefined);
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    try {
      const fh = await fs.promises.open(this.tmp, 'w', PRIVATE_FILE);
      try {
        await fh.chmod(PRIVATE_FILE);
        await fh.writeFile(JSON.stringify(data));
        await fh.datasync();
      } finally {
        await fh.close();
      }
      await fs.promises.rename(this.tmp, this.file);
    } catch (e) {
      // On a full disk the half-written temp file holds space the next attempt needs.
      await fs.promises.rm(this.tmp, { force: true }).catch(() => undefined);
      throw e;
    }
  }
}
