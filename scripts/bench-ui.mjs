#!/usr/bin/env node
// `npm run bench:ui`: see tests/bench/ui-bench.ts. Prints one line:
// ui first_paint_ms=… interactive_ms=… js_gzip_kb=… heap_after_500_sessions_mb=…
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureNode22, ROOT } from './lib/node22.mjs';

await ensureNode22();
const { ensureRendererBuilt } = await import('./lib/renderer-build.mjs');
ensureRendererBuilt({ force: true });
const bench = fileURLToPath(new URL('../tests/bench/ui-bench.ts', import.meta.url));
const r = spawnSync(process.execPath, ['--import', 'tsx', bench, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
process.exit(r.status ?? 1);
