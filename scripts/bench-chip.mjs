// `npm run bench:chip`: one line, `chip bac_ms=… read_dg1_dg13_ms=… read_dg2_ms=… pa_ms=…` (medians of BENCH_RUNS=5 reads)
// (medians) against the real PC/SC stack with the emulated CCCD (needs root for pcscd's namespace).
import { ensureNode22 } from './lib/node22.mjs';

await ensureNode22();
const { register } = await import('tsx/esm/api');
register();
await import('../tests/bench/chip-bench.ts');
