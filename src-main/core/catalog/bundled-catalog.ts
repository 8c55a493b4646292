import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A file or folder shipped with the app (`assets/…`). Found by walking up from this module, which
 * works from the sources (tsx), from the bundled `out/main`, and from inside a packaged app alike.
 */
export function findShippedAsset(relative: string, from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`the bundled ${relative} was not found above ${from}`);
    dir = parent;
  }
}

/** The catalog shipped with the app. */
export function defaultBundledCatalogFile(from: string = fileURLToPath(import.meta.url)): string {
  return findShippedAsset(join('assets', 'catalog', 'catalog.json'), from);
}
