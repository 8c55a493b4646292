import { realpath } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { ExportTarget } from '../../api/channels/logs';
import { ApiError } from '../../api/errors';

/**
 * Where a screen may read or write files: only inside the removable drives the kiosk lists
 * (`logs.exportTargets`). Checked on the real path, after every link is resolved, so neither
 * `usb/../etc` nor a symlink on the drive leads elsewhere. The CLI is not limited: whoever has a
 * shell on the kiosk PC already has its files.
 */
export async function realPathOnDrive(path: string, targets: readonly ExportTarget[]): Promise<string> {
  const wanted = resolve(path);
  const real = await realpath(wanted).catch((err: NodeJS.ErrnoException) => {
    throw new ApiError('not-found', `${wanted} cannot be found (${err.code ?? 'error'}): is the USB drive plugged in and mounted?`);
  });
  for (const target of targets) {
    const root = await realpath(target.path).catch(() => null);
    if (root && (real === root || real.startsWith(root.endsWith(sep) ? root : `${root}${sep}`))) return real;
  }
  throw new ApiError(
    'forbidden',
    `${wanted} is not on a removable drive the kiosk lists (${targets.map((t) => t.path).join(', ') || 'none is mounted'})`,
  );
}
