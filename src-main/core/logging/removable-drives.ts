import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ExportTarget } from '../../api/channels/logs';

const MOUNT_ROOTS = ['/media/', '/run/media/', '/mnt/'];
const REMOVABLE_TYPES = new Set(['vfat', 'exfat', 'ntfs', 'ntfs3', 'fuseblk', 'ext2', 'ext3', 'ext4', 'btrfs', 'f2fs', 'iso9660', 'udf']);

/** `/proc/mounts` escapes spaces and tabs in paths as octal (`\040`). */
function unescapeMount(path: string): string {
  return path.replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(Number.parseInt(oct, 8)));
}

/**
 * USB drives the desktop has mounted (under /media, /run/media or /mnt), from the text of
 * `/proc/mounts`. Elsewhere (Windows) there is no such list and the technician types a path.
 */
export function parseRemovableMounts(mountsText: string): ExportTarget[] {
  const seen = new Set<string>();
  const out: ExportTarget[] = [];
  for (const line of mountsText.split('\n')) {
    const [, rawPath, type] = line.split(' ');
    if (!rawPath || !type || !REMOVABLE_TYPES.has(type)) continue;
    const path = unescapeMount(rawPath);
    if (!MOUNT_ROOTS.some((root) => path.startsWith(root)) || seen.has(path)) continue;
    seen.add(path);
    out.push({ path, label: basename(path) });
  }
  return out;
}

export function listRemovableDrives(mountsFile = '/proc/mounts'): ExportTarget[] {
  try {
    return parseRemovableMounts(readFileSync(mountsFile, 'utf8'));
  } catch {
    return [];
  }
}
