#!/usr/bin/env node
// `npm run bench:tap [-- --visits N]`: see tests/bench/tap-bench.ts. Prints one line:
// tap visits=… screen_p50_ms=… screen_p95_ms=… key_p95_ms=… ticket_to_first_byte_p95_ms=… long_tasks_over_50ms=…
import { runTsBench } from './lib/run-ts-bench.mjs';

await runTsBench('tap-bench.ts');
