/* global process, console */
// npm test: the type check, the lint (ESLint, the dependency rules, Prettier) and every vitest file, run
// side by side. vitest's output streams as it comes; each check's output is printed in one block when it
// ends. The exit code is non-zero when any of them fails, and the last line says which.
// `npm run lint` runs the lint steps only (`node scripts/test.mjs lint`).
//
// On the two cores this project runs on, the checks take the CPU that vitest leaves while its slow files
// wait on a browser, a child process or the database; they run at a lower priority, so the tests that
// wait on time-outs are not the ones kept waiting.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);

const LINT = [
  { name: 'eslint', cmd: bin('eslint'), args: ['.'] },
  { name: 'dependency rules', cmd: bin('depcruise'), args: ['knowledge', 'dialogs', 'bot', 'scripts', 'test', '--config', '.dependency-cruiser.cjs'] },
  { name: 'prettier', cmd: bin('prettier'), args: ['--check', '.'] },
];
const CHECKS = [{ name: 'tsc', cmd: bin('tsc'), args: ['--noEmit'] }, ...LINT];
const VITEST = { name: 'vitest', cmd: bin('vitest'), args: ['run', ...process.argv.slice(2).filter((a) => a !== 'lint')], stream: true };

const lintOnly = process.argv[2] === 'lint';
const jobs = lintOnly ? LINT : [VITEST, ...CHECKS];
const t0 = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs one job; resolves with its result. A check's output is kept and printed when it ends. */
function run(job) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(job.cmd, job.args, { cwd: root, stdio: job.stream ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    if (!job.stream && !lintOnly) {
      try {
        os.setPriority(child.pid, 10);
      } catch {
        /* not allowed here: it runs at normal priority */
      }
    }
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    child.on('error', (err) => (out += `${err.message}\n`));
    child.on('close', (code, signal) => {
      const ok = code === 0;
      const took = seconds(Date.now() - started);
      if (!job.stream) {
        const text = out.trimEnd();
        process.stdout.write(`\n== ${job.name}: ${ok ? 'ok' : `FAILED (${signal ?? `exit ${code}`})`}, ${took}${text && !ok ? `\n${text}` : ''}\n`);
      }
      resolve({ name: job.name, ok, took });
    });
  });
}

const results = await Promise.all(jobs.map(run));
const failed = results.filter((r) => !r.ok);
console.log(`\n== ${results.map((r) => `${r.name} ${r.ok ? 'ok' : 'FAILED'} (${r.took})`).join(' · ')} — ${seconds(Date.now() - t0)} in all`);
if (failed.length) console.log(`== failed: ${failed.map((r) => r.name).join(', ')}`);
process.exit(failed.length ? 1 : 0);
