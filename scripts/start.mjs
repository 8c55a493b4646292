// `npm start`: the Electron kiosk when its binary is installed; otherwise the web shell.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNode22, ROOT } from './lib/node22.mjs';

await ensureNode22();

function electronBinary() {
  const dir = join(ROOT, 'node_modules/electron');
  try {
    const rel = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const bin = join(dir, 'dist', rel);
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const electron = electronBinary();
if (electron) {
  const build = spawnSync(join(ROOT, 'node_modules/.bin/electron-vite'), ['build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const run = spawnSync(electron, [ROOT, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
  process.exit(run.status ?? 0);
}

process.stdout.write('Electron binary not installed on this machine: starting the web shell with emulated hardware instead.\n');
if (!process.argv.includes('--open')) process.argv.push('--open');
await import('./start-web.mjs');
