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
 * Builds one Vite entry unless its output is newer than every source it is built from. The build
 * goes to a directory of its own and then takes the output's place in two renames, so a server
 * already serving it (a running kiosk, a center, a test run) never serves half of one build and
 * half of another, or an emptied directory.
 */
function ensureBuilt({ label, config, outDir, sources, force }) {
  const index = join(ROOT, outDir, 'index.html');
  const upToDate =
    !force &&
    existsSync(index) &&
    statSync(index).mtimeMs >= Math.max(...sources.map((s) => newestMtime(join(ROOT, s))), statSync(join(ROOT, config)).mtimeMs);
  if (upToDate) return;
  process.stdout.write(`Building ${label} (vite)…\n`);
  const out = join(ROOT, outDir);
  const next = `${out}.${process.pid}.new`;
  const result = spawnSync(
    join(ROOT, 'node_modules/.bin/vite'),
    ['build', '--config', config, '--logLevel', 'warn', '--outDir', next, '--emptyOutDir'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    rmSync(next, { recursive: true, force: true });
    process.stderr.write(`The build of ${label} failed; see the messages above.\n`);
    process.exit(result.status ?? 1);
  }
  const old = `${out}.${process.pid}.old`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(next, out);
  rmSync(old, { recursive: true, force: true });
}

/** The kiosk's screens (and the hall's counter and display entries) in out/renderer. */
export function ensureRendererBuilt({ force = false } = {}) {
  ensureBuilt({
    label: 'the kiosk screens',
    config: 'vite.renderer.config.ts',
    outDir: 'out/renderer',
    sources: ['src-renderer', 'src-main/api'],
    force,
  });
}

/** The center's back office in out/office. */
export function ensureOfficeBuilt({ force = false } = {}) {
  ensureBuilt({
    label: 'the back office',
    config: 'vite.office.config.ts',
    outDir: 'out/office',
    sources: ['src-renderer', 'src-main/api'],
    force,
  });
}
