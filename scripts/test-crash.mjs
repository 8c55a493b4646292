// `npm run test:crash`: SIGKILL a submitting kiosk 50 times, then sync through a 30%-failing server.
import { ensureNode22 } from './lib/node22.mjs';

await ensureNode22();
const { register } = await import('tsx/esm/api');
register();
await import('../tests/crash/run-crash.ts');
