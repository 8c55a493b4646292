// `npm run bench:hall`: one line,
// `hall kiosks=2 counters=8 tickets=N issue_p95_ms=… call_to_display_p95_ms=… duplicates=0`.
import { ensureNode22 } from './lib/node22.mjs';

await ensureNode22();
const { register } = await import('tsx/esm/api');
register();
await import('../tests/bench/hall-bench.ts');
