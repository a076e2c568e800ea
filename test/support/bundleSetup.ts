/**
 * vitest globalSetup: bundles the bot and the command-line scripts the tests start as child processes,
 * once per run, with esbuild (the compiler tsx itself uses). Each start then loads a few prebuilt
 * files instead of tsx compiling some two hundred modules, which was most of a child's start-up time.
 * `npm start` and `npm run <script>` themselves still run in a test each (test/support/processes.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder with the bundled entries (bot.mjs, faq.mjs, …). */
    bundleDir: string;
  }
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** What the tests start: the bot (bot/index.ts, as `npm start` does) and the scripts they drive. */
export const ENTRIES = { bot: 'bot/index.ts', faq: 'scripts/faq.ts', assess: 'scripts/assess.ts', package: 'scripts/package.ts' } as const;

/**
 * A bundle puts every module in one file, so `import.meta.url` would name the bundle. The code finds its
 * data beside its source (the entries, the migrations, package.json): each module keeps its own.
 */
const ownMetaUrl: esbuild.Plugin = {
  name: 'own-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      const contents = source
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path));
      return { contents, loader: 'ts' };
    });
  },
};

export default async function setup(project: TestProject): Promise<() => void> {
  // Inside the project (so the bundles find node_modules), one folder per run.
  const dir = path.join(ROOT, 'test/artifacts', `bundle-${process.pid}`);
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    plugins: [ownMetaUrl],
  });
  project.provide('bundleDir', dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
