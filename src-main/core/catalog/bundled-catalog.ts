import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RELATIVE = join('assets', 'catalog', 'catalog.json');

/**
 * The catalog shipped with the app. Found by walking up from this module, which works from the
 * sources (tsx), from the bundled `out/main`, and from inside a packaged app alike.
 */
export function defaultBundledCatalogFile(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const candidate = join(dir, RELATIVE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`the bundled catalog ${RELATIVE} was not found above ${from}`);
    dir = parent;
  }
}
