import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
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

/**
 * Builds the renderer unless out/renderer is newer than every source it is built from. The build
 * goes to a directory of its own and then takes out/renderer's place in two renames, so a web
 * shell already serving out/renderer (a running kiosk, a test run) never serves half of one
 * build and half of another, or an emptied directory.
 */
export function ensureRendererBuilt({ force = false } = {}) {
  const index = join(ROOT, 'out/renderer/index.html');
  const sources = [join(ROOT, 'src-renderer'), join(ROOT, 'src-main/api')];
  const upToDate =
    !force &&
    existsSync(index) &&
    statSync(index).mtimeMs >= Math.max(...sources.map(newestMtime), statSync(join(ROOT, 'vite.renderer.config.ts')).mtimeMs);
  if (upToDate) return;
  process.stdout.write('Building the kiosk screens (vite)…\n');
  const out = join(ROOT, 'out/renderer');
  const next = `${out}.${process.pid}.new`;
  const result = spawnSync(
    join(ROOT, 'node_modules/.bin/vite'),
    ['build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn', '--outDir', next, '--emptyOutDir'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    rmSync(next, { recursive: true, force: true });
    process.stderr.write('The renderer build failed; see the messages above.\n');
    process.exit(result.status ?? 1);
  }
  const old = `${out}.${process.pid}.old`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(next, out);
  rmSync(old, { recursive: true, force: true });
}
