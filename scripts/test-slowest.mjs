// `npm run test:slowest [N]`: the N (15) slowest tests of the last `npm test`, read from the JSON
// reports it wrote (.tmp/vitest-*.json), each with the share of its time limit it used. A test
// above half its limit fails when the machine is busy: its synchronisation needs fixing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const REPORTS = join(ROOT, '.tmp');
const LIMIT_SHARE = 0.5;
/** The projects' limits in vitest.config.ts, for reports written before tests carried their own. */
const DEFAULT_TIMEOUT = { unit: 30_000, integration: 60_000, e2e: 120_000 };

const count = Number(process.argv[2] ?? 15);
const files = existsSync(REPORTS) ? readdirSync(REPORTS).filter((f) => /^vitest-.+\.json$/.test(f)) : [];
if (files.length === 0) {
  process.stderr.write('No reports in .tmp/vitest-*.json: run `npm test` first.\n');
  process.exit(1);
}

const tests = [];
for (const name of files) {
  const report = JSON.parse(readFileSync(join(REPORTS, name), 'utf8'));
  for (const file of report.testResults ?? []) {
    const path = relative(ROOT, file.name);
    const fallback = DEFAULT_TIMEOUT[/(?:^|\/)tests\/(unit|integration|e2e)\//.exec(file.name)?.[1] ?? ''] ?? 5_000;
    for (const t of file.assertionResults ?? []) {
      if (typeof t.duration !== 'number') continue;
      const timeout = t.meta?.timeout ?? fallback;
      tests.push({ path, name: t.fullName, status: t.status, duration: t.duration, timeout, share: t.duration / timeout });
    }
  }
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const line = (t) =>
  `${t.share > LIMIT_SHARE ? '!' : ' '} ${`${Math.round(t.share * 100)}%`.padStart(4)}  ${seconds(t.duration).padStart(8)} of ${seconds(t.timeout).padStart(7)}  ${t.path} > ${t.name}${t.status === 'passed' ? '' : ` (${t.status})`}`;

const slowest = [...tests].sort((a, b) => b.duration - a.duration).slice(0, count);
process.stdout.write(`${count} slowest of ${tests.length} tests (${files.join(', ')}); share of its time limit:\n`);
for (const t of slowest) process.stdout.write(`${line(t)}\n`);

const over = tests.filter((t) => t.share > LIMIT_SHARE).sort((a, b) => b.share - a.share);
const overElsewhere = over.filter((t) => !slowest.includes(t));
if (overElsewhere.length > 0) {
  process.stdout.write(`\nAlso above ${LIMIT_SHARE * 100}% of their limit:\n`);
  for (const t of overElsewhere) process.stdout.write(`${line(t)}\n`);
}
const top = [...tests].sort((a, b) => b.share - a.share)[0];
process.stdout.write(
  `\n${over.length} test(s) above ${LIMIT_SHARE * 100}% of their time limit; the highest share: ${top ? `${Math.round(top.share * 100)}%` : 'none'}\n`,
);
