// `npm run bench:center`: one line, `center kiosks=K dossiers=N instances=I accepted_per_s=… p95_ms=… duplicates=0 lost=0`.
import { ensureNode22 } from './lib/node22.mjs';

await ensureNode22();
const { register } = await import('tsx/esm/api');
register();
await import('../tests/bench/center-bench.ts');
