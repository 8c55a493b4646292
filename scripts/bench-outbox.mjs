// `npm run bench:outbox`: one line, `outbox enqueue_p50_ms=… enqueue_p95_ms=… drain_per_s=… items=10000`.
import { ensureNode22 } from './lib/node22.mjs';

await ensureNode22();
const { register } = await import('tsx/esm/api');
register();
await import('../tests/bench/outbox-bench.ts');
