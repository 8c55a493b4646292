// `npm run center -- --port 8787 [--fail-rate 0.3] [--delay-ms 200] [--drop-connections 0.1] [--status 503]`:
// the reference center server for development and demos.
import { ensureNode22 } from './lib/node22.mjs';

await ensureNode22();
const { register } = await import('tsx/esm/api');
register();
await import('../tests/support/center-server-cli.ts');
