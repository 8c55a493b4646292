import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds a file under the project's `assets/` from wherever this module runs: the sources
 * (`src-main/hardware/printer`), a bundle (`out/main`) or a packaged app's resources.
 */
export function assetPath(relative: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'assets', relative);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources && existsSync(join(resources, 'assets', relative))) return join(resources, 'assets', relative);
  throw new Error(`asset not found: assets/${relative}`);
}
