// `npm run security:attack`: the attacker's view, repeatable. Runs every test in
// tests/integration/security-attacks/ (real web shells, real CLI processes; one file per item of
// issue 14, `NN-<slug>.test.ts`, tests named `attack NN: <what the attacker does>`) and prints one
// line per attack, `attack NN <what>: held|broken`, then `attacks=N held=N broken=N`. A passing
// test is an attack that held. Exits non-zero when any attack broke through (or nothing ran).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ensureNode22, ROOT } from './lib/node22.mjs';

await ensureNode22();

const FOLDER = 'tests/integration/security-attacks';
const out = mkdtempSync(join(tmpdir(), 'security-attack-'));
const report = join(out, 'report.json');
const run = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'integration', FOLDER, '--reporter=json', `--outputFile=${report}`],
  { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
);

let results;
try {
  results = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  process.stdout.write(`security:attack: vitest wrote no report (exit ${run.status}); nothing can be said held\n`);
  process.exit(1);
} finally {
  rmSync(out, { recursive: true, force: true });
}

const lines = [];
for (const file of results.testResults ?? []) {
  const item = /^(\d{2})-/.exec(basename(file.name))?.[1] ?? '??';
  const tests = file.assertionResults ?? [];
  // A file that did not even load (a syntax or import error) is one attack that did not hold.
  if (tests.length === 0) lines.push({ item, what: `${basename(file.name)} did not run`, held: false });
  for (const test of tests) {
    if (test.status === 'skipped' || test.status === 'pending' || test.status === 'todo') continue;
    const named = /^attack (\d{2}):\s*(.*)$/.exec(test.title);
    lines.push({ item: named?.[1] ?? item, what: named?.[2] ?? test.title, held: test.status === 'passed' });
  }
}
lines.sort((a, b) => a.item.localeCompare(b.item));
for (const l of lines) process.stdout.write(`attack ${l.item} ${l.what}: ${l.held ? 'held' : 'broken'}\n`);
const held = lines.filter((l) => l.held).length;
const broken = lines.length - held;
process.stdout.write(`attacks=${lines.length} held=${held} broken=${broken}\n`);
process.exit(broken > 0 || lines.length === 0 ? 1 : 0);
