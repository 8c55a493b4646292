// `npm run start:web -- --port N`: the web shell, with the renderer built first when needed.
import { ensureNode22 } from './lib/node22.mjs';

await ensureNode22();
const { ensureRendererBuilt } = await import('./lib/renderer-build.mjs');
ensureRendererBuilt();
const { register } = await import('tsx/esm/api');
register();
await import('../src-main/shells/web/main.ts');
