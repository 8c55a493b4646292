// `npm test`: lint, typecheck, build the screens, then every suite; ends with one summary line
// `N passed, N failed` summed over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNode22, ROOT } from './lib/node22.mjs';

ensureNode22();
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
const report = join(reportDir, 'vitest-report.json');
rmSync(report, { force: true });
process.stdout.write('\n== vitest (unit, integration, e2e)\n');
const run = spawnSync(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests ?? 0;
  failed += json.numFailedTests ?? 0;
  if (run.status !== 0 && (json.numFailedTests ?? 0) === 0) failed += 1;
} else {
  failed += 1;
}

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
