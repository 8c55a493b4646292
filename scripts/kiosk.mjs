#!/usr/bin/env node
// The technician CLI (`npx kiosk`). Runs the TypeScript sources through tsx on Node 22.
import { ensureNode22 } from './lib/node22.mjs';

await ensureNode22();
// The servers a command starts serve built screens: build them first in a source tree.
const [command, sub] = process.argv.slice(2).filter((a) => !a.startsWith('-'));
if (sub === 'serve' && (command === 'center' || command === 'hall')) {
  const build = await import('./lib/renderer-build.mjs');
  if (command === 'center') build.ensureOfficeBuilt();
  else build.ensureRendererBuilt();
}
const { register } = await import('tsx/esm/api');
register();
await import('../src-main/cli/main.ts');
