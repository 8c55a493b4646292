// `npm test`: lint, typecheck, build the screens, then every suite; ends with one summary line
// `N passed, N failed` summed over all of them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNode22, ROOT } from './lib/node22.mjs';

await ensureNode22();
const started = Date.now();
const { ensureRendererBuilt } = await import('./lib/renderer-build.mjs');
const { chromiumPath } = await import('../tests/support/chromium-path.mjs');

if (!chromiumPath()) {
  process.stderr.write('Chromium not found: install it with `apt-get install chromium` (or set CHROMIUM_PATH) and run `npm test` again.\n');
  process.exit(1);
}

const bin = (name) => join(ROOT, 'node_modules/.bin', name);
let passed = 0;
let failed = 0;

function step(label, cmd, args) {
  process.stdout.write(`\n== ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status === 0) passed += 1;
  else failed += 1;
  return r.status === 0;
}

step('lint', bin('biome'), ['check', '.']);
step('typecheck', 'npm', ['run', '--silent', 'typecheck']);
ensureRendererBuilt({ force: true });

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
  const held = [];
  if (hold) {
    child.stdout.on('data', (chunk) => held.push(chunk));
    child.stderr.on('data', (chunk) => held.push(chunk));
  }
  return new Promise((resolve) => {
    child.on('close', (status) => resolve({ name, status, report, output: Buffer.concat(held) }));
  });
}

// The browser suite runs two files at a time, each worker with its own Chromium (vitest.config.ts),
// and spends much of its time waiting on pages; the unit and integration suites run beside it
// rather than after it, and print when they are done.
process.stdout.write('\n== vitest: e2e (unit and integration run alongside; their output follows)\n');
const runs = await Promise.all([vitest('e2e', ['e2e'], false), vitest('unit-integration', ['unit', 'integration'], true)]);
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
spawnSync(process.execPath, [join(ROOT, 'scripts/test-slowest.mjs'), '5'], { cwd: ROOT, stdio: 'inherit' });
process.stdout.write(`\n== npm test took ${Math.round((Date.now() - started) / 1000)} s\n`);

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
