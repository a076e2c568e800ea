import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSharedDir } from '../../scripts/sharedDir.js';

function tree(): { root: string; main: string; worktree: string; shared: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'shared-dir-'));
  const shared = path.join(root, 'shared');
  fs.mkdirSync(path.join(shared, 'eval'), { recursive: true });
  const main = path.join(root, 'main', 'scripts');
  const worktree = path.join(root, 'wt', 'round-16', 'test');
  fs.mkdirSync(main, { recursive: true });
  fs.mkdirSync(worktree, { recursive: true });
  return { root, main, worktree, shared };
}

describe('findSharedDir', () => {
  it('finds ../shared beside the main checkout and above a worktree elsewhere', () => {
    const t = tree();
    expect(findSharedDir(t.main, {})).toBe(t.shared);
    expect(findSharedDir(t.worktree, {})).toBe(t.shared);
  });

  it('takes INKLUDERING_SHARED_DIR first, and says what is wrong with a bad one', () => {
    const t = tree();
    const other = path.join(t.root, 'elsewhere');
    fs.mkdirSync(path.join(other, 'eval'), { recursive: true });
    expect(findSharedDir(t.main, { INKLUDERING_SHARED_DIR: other })).toBe(other);
    expect(() => findSharedDir(t.main, { INKLUDERING_SHARED_DIR: path.join(t.root, 'none') })).toThrow(/has no eval folder/);
  });

  it('names the setting to use when there is no shared folder above', () => {
    const lonely = fs.mkdtempSync(path.join(os.tmpdir(), 'no-shared-'));
    expect(() => findSharedDir(lonely, {})).toThrow(/INKLUDERING_SHARED_DIR/);
  });
});
