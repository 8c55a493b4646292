#!/usr/bin/env node
// `npm run bench:search`: see tests/bench/search-bench.ts. Runs with --expose-gc for heap_mb.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureNode22, ROOT } from './lib/node22.mjs';

await ensureNode22();
const bench = fileURLToPath(new URL('../tests/bench/search-bench.ts', import.meta.url));
const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', bench], { cwd: ROOT, stdio: 'inherit' });
process.exit(r.status ?? 1);
