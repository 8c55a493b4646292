import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const APP_NAME = 'commune-kiosk';

function isAppRoot(dir: string): boolean {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return false;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === APP_NAME;
  } catch {
    return false;
  }
}

/**
 * The folder holding the app's package.json, found by walking up from this module: the source tree
 * (`src-main/core/system`), a build (`out/main`) and a package (`resources/app.asar/out/main`) alike.
 */
export function appRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    if (isAppRoot(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`the app's package.json (${APP_NAME}) was not found above ${from}`);
    dir = parent;
  }
}

/** A file under the app's root, as a file: URL. */
export function appFile(relative: string): URL {
  return pathToFileURL(join(appRoot(), relative));
}
