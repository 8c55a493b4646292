import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './node22.mjs';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the renderer unless out/renderer is newer than every source it is built from. */
export function ensureRendererBuilt({ force = false } = {}) {
  const index = join(ROOT, 'out/renderer/index.html');
  const sources = [join(ROOT, 'src-renderer'), join(ROOT, 'src-main/api')];
  const fresh =
    !force &&
    existsSync(index) &&
    statSync(index).mtimeMs >= Math.max(...sources.map(newestMtime), statSync(join(ROOT, 'vite.renderer.config.ts')).mtimeMs);
  if (fresh) return;
  process.stdout.write('Building the kiosk screens (vite)…\n');
  const result = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    process.stderr.write('The renderer build failed; see the messages above.\n');
    process.exit(result.status ?? 1);
  }
}
