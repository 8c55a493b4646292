import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILT_CLI_ENV } from './kiosk-cli';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Vitest global setup of the unit and integration projects: the technician CLI built to JavaScript
 * once for the run (vite.main.config.ts, as `npm run build:main` and the package build it), so the
 * hundred-odd `kiosk …` processes the tests start load a bundle instead of compiling the sources
 * through tsx each time. The build lives under .tmp/ inside the tree, where the CLI finds
 * package.json, assets/ and node_modules by walking up, as it does from out/main. The source
 * launcher (`scripts/kiosk.mjs`, what `npx kiosk` runs) keeps tests of its own (KIOSK_SOURCE).
 *
 * Only on Node 22, which the bundle needs: workers run the CLI with this process's Node.
 */
export default function setup(): (() => void) | undefined {
  const existing = process.env[BUILT_CLI_ENV];
  if (existing && existsSync(existing)) return undefined; // the other project's setup built it
  if (Number(process.versions.node.split('.')[0]) < 22) return undefined;
  const outDir = join(ROOT, '.tmp', `test-cli-${process.pid}`);
  mkdirSync(outDir, { recursive: true });
  const built = spawnSync(
    join(ROOT, 'node_modules/.bin/electron-vite'),
    ['build', '-c', 'vite.main.config.ts', '--outDir', outDir, '--logLevel', 'error'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const cli = join(outDir, 'main', 'kiosk.js');
  if (built.status !== 0 || !existsSync(cli)) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`building the CLI for the tests failed:\n${built.stderr}${built.stdout}`);
  }
  process.env[BUILT_CLI_ENV] = cli;
  return () => {
    delete process.env[BUILT_CLI_ENV];
    rmSync(outDir, { recursive: true, force: true });
  };
}
