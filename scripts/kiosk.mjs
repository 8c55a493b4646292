#!/usr/bin/env node
// The technician CLI (`npx kiosk`). Runs the TypeScript sources through tsx on Node 22.
import { ensureNode22 } from './lib/node22.mjs';

await ensureNode22();
const { register } = await import('tsx/esm/api');
register();
await import('../src-main/cli/main.ts');
