import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureNode22, ROOT } from './node22.mjs';

/**
 * Runs a TypeScript bench of tests/bench on Node 22 against a fresh renderer build, passing the
 * script's own arguments on, and exits with its status.
 */
export async function runTsBench(file) {
  await ensureNode22();
  const { ensureRendererBuilt } = await import('./renderer-build.mjs');
  ensureRendererBuilt({ force: true });
  const bench = fileURLToPath(new URL(`../../tests/bench/${file}`, import.meta.url));
  const r = spawnSync(process.execPath, ['--import', 'tsx', bench, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
