#!/usr/bin/env node
// `npm run bench:ui`: see tests/bench/ui-bench.ts. Prints one line:
// ui first_paint_ms=… interactive_ms=… js_gzip_kb=… heap_after_500_sessions_mb=…
import { runTsBench } from './lib/run-ts-bench.mjs';

await runTsBench('ui-bench.ts');
