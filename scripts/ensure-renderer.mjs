// Builds the renderer when its sources changed since the last build (e2e tests serve out/renderer).
import { ensureNode22 } from './lib/node22.mjs';

await ensureNode22();
const { ensureRendererBuilt } = await import('./lib/renderer-build.mjs');
ensureRendererBuilt();
