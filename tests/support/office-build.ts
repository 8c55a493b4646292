import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCES = fileURLToPath(new URL('../../src-renderer/office', import.meta.url));
const BUILT = fileURLToPath(new URL('../../out/office/index.html', import.meta.url));
const CONFIG = fileURLToPath(new URL('../../vite.office.config.ts', import.meta.url));

function newest(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );
}

/** Builds the back office (out/office) when it is missing or older than its sources, as ensure-renderer does for the kiosk. */
export async function ensureOfficeBuilt(): Promise<void> {
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= newest(SOURCES)) return;
  const { build } = await import('vite');
  await build({ configFile: CONFIG, logLevel: 'warn' });
}
