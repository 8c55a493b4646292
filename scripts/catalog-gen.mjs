#!/usr/bin/env node
// `npm run catalog:gen -- --count 20000 [--seed N] [--out FILE]`: a synthetic catalog for benchmarks.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ensureNode22 } from './lib/node22.mjs';

await ensureNode22();
const { register } = await import('tsx/esm/api');
register();
const { generateCatalog } = await import('../tests/support/synthetic-catalog.ts');
const { values } = parseArgs({
  options: { count: { type: 'string', default: '2000' }, seed: { type: 'string' }, out: { type: 'string' } },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1 || count > 50_000) {
  process.stderr.write('--count must be a whole number from 1 to 50000\n');
  process.exit(1);
}
const catalog = generateCatalog({ count, ...(values.seed ? { seed: Number(values.seed) } : {}) });
const json = `${JSON.stringify(catalog)}\n`;
if (values.out) {
  writeFileSync(values.out, json);
  process.stderr.write(`wrote ${count} procedures to ${values.out}\n`);
} else {
  process.stdout.write(json);
}
