import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));

/**
 * The crash child as one JavaScript file, built once per crash run, so each of its lives starts
 * plain Node instead of compiling the kiosk's sources through tsx again (about 0.85 CPU-s a start
 * against 0.2). Its packages stay imports of node_modules, and it lives in the tree's .tmp/, from
 * where the kiosk finds package.json and assets/ by walking up, as it does from the sources.
 */
export function bundleCrashChild(): { readonly script: string; remove(): void } {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'crash-child-'));
  const script = join(dir, 'crash-child.mjs');
  try {
    buildSync({
      entryPoints: [CHILD],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'error',
    });
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return { script, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
