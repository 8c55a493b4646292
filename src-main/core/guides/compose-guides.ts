import { join } from 'node:path';
import type { KioskParts } from '../kiosk/kiosk-parts';
import type { PartialHandlers } from '../rpc/handlers';
import { defaultGuidesDir, loadGuides } from './guide-files';

/**
 * The picture guides: the bundled ones and the center's own (`<data dir>/guides/*.json`), read
 * when asked so a file dropped in by a technician shows without a restart. A file that fails the
 * schema is left out and logged with the reason; the others still show.
 */
export function composeGuides(parts: KioskParts, options: Readonly<{ bundledDir?: string | undefined }> = {}) {
  const log = parts.log.child('guides');
  const dirs = [options.bundledDir ?? defaultGuidesDir(), join(parts.dataDir, 'guides')];
  const handlers: PartialHandlers<'guides.list'> = {
    'guides.list': () => {
      const { guides, problems } = loadGuides(dirs);
      for (const p of problems) log.warn('guide file skipped', { file: p.file, reason: p.error });
      return { guides };
    },
  };
  return { handlers };
}
