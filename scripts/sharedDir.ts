/**
 * Where the team's shared folder (../shared: eval sets, seeds, contracts) is. It sits beside the main
 * checkout; a git worktree elsewhere (e.g. /work/wt/x) finds it by walking up from its own folder, and
 * INKLUDERING_SHARED_DIR overrides both.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export function findSharedDir(from: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.INKLUDERING_SHARED_DIR;
  if (override) {
    if (!existsSync(path.join(override, 'eval'))) {
      throw new Error(`INKLUDERING_SHARED_DIR=${override} has no eval folder`);
    }
    return path.resolve(override);
  }
  for (let dir = path.resolve(from); ;) {
    const candidate = path.join(dir, 'shared');
    if (existsSync(path.join(candidate, 'eval'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`no shared/eval folder above ${from}; set INKLUDERING_SHARED_DIR to the shared folder`);
}

/** A file under the shared folder, found from the calling module's folder. */
export function sharedFile(fromDir: string, ...parts: string[]): string {
  return path.join(findSharedDir(fromDir), ...parts);
}
