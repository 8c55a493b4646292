// `npm test`: lint, typecheck, build the screens, then every suite; ends with one summary line
// `N passed, N failed` summed over all of them.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNode22, ROOT } from './lib/node22.mjs';

await ensureNode22();
const started = Date.now();
const { ensureRendererBuilt } = await import('./lib/renderer-build.mjs');
const { chromiumPath } = await import('../tests/support/chromium-path.mjs');

if (!chromiumPath()) {
  process.stderr.write(
    'Chromium not found: install it with `apt-get install chromium chromium-headless-shell` (or set CHROMIUM_PATH) and run `npm test` again.\n',
  );
  process.exit(1);
}

const bin = (name) => join(ROOT, 'node_modules/.bin', name);
let passed = 0;
let failed = 0;

/** A command with its output held, to be printed whole when it is done (runs at once must not interleave). */
function held(cmd, args) {
  const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks = [];
  child.stdout.on('data', (chunk) => chunks.push(chunk));
  child.stderr.on('data', (chunk) => chunks.push(chunk));
  return new Promise((resolve) => {
    child.on('error', (err) => resolve({ status: 1, output: Buffer.from(`${err.message}\n`) }));
    child.on('close', (status) => resolve({ status, output: Buffer.concat(chunks) }));
  });
}

/**
 * Lint and the four typechecks, one after the other, at the lowest CPU priority: they have no
 * time limit, so they take whatever the test suites leave of the two cores (the start of a run,
 * the tail when one worker is done) instead of holding every test back by half a minute.
 */
async function checks() {
  const results = [];
  for (const [label, cmd, args] of [
    ['lint', bin('biome'), ['check', '.']],
    ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ]) {
    const t = Date.now();
    const r = await held('nice', ['-n', '19', cmd, ...args]);
    results.push({ label, ...r, seconds: Math.round((Date.now() - t) / 1000) });
  }
  return results;
}
// The screens the browser suite serves, before anything starts beside the build.
ensureRendererBuilt({ force: true });
const checking = checks();

const reportDir = join(ROOT, '.tmp');
mkdirSync(reportDir, { recursive: true });

/**
 * One vitest run over some projects, with its own JSON report. Output goes to the terminal, or is
 * held and handed back when `hold` is set (two runs at once must not interleave their lines).
 */
function vitest(name, projects, hold) {
  const report = join(reportDir, `vitest-${name}.json`);
  rmSync(report, { force: true });
  const args = [
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
  const child = spawn(bin('vitest'), args, { cwd: ROOT, stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  const chunks = [];
  if (hold) {
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
  }
  return new Promise((resolve) => {
    child.on('close', (status) => resolve({ name, status, report, output: Buffer.concat(chunks) }));
  });
}

// The browser suite runs three files at a time, each worker with its own Chromium (vitest.config.ts),
// and spends much of its time waiting on pages; the unit and integration suites run beside it
// rather than after it, and print when they are done.
process.stdout.write('\n== vitest: e2e (unit, integration, lint and typecheck run alongside; their output follows)\n');
const runs = await Promise.all([vitest('e2e', ['e2e'], false), vitest('unit-integration', ['unit', 'integration'], true)]);
for (const check of await checking) {
  process.stdout.write(`\n== ${check.label} (${check.seconds} s)\n`);
  process.stdout.write(check.output);
  if (check.status === 0) passed += 1;
  else failed += 1;
}
for (const run of runs) {
  if (run.output.length > 0) {
    process.stdout.write(`\n== vitest: ${run.name}\n`);
    process.stdout.write(run.output);
  }
  if (existsSync(run.report)) {
    const json = JSON.parse(readFileSync(run.report, 'utf8'));
    passed += json.numPassedTests ?? 0;
    failed += json.numFailedTests ?? 0;
    if (run.status !== 0 && (json.numFailedTests ?? 0) === 0) failed += 1;
  } else {
    failed += 1;
  }
}

// The slowest tests and their share of their time limit (`npm run test:slowest` shows 15).
process.stdout.write('\n== slowest tests\n');
await new Promise((resolve) =>
  spawn(process.execPath, [join(ROOT, 'scripts/test-slowest.mjs'), '5'], { cwd: ROOT, stdio: 'inherit' }).on('close', resolve),
);
process.stdout.write(`\n== npm test took ${Math.round((Date.now() - started) / 1000)} s\n`);

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
