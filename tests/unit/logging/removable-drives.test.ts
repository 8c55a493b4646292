import { describe, expect, it } from 'vitest';
import { parseRemovableMounts } from '../../../src-main/core/logging/removable-drives';

const MOUNTS = `sysfs /sys sysfs rw,nosuid 0 0
/dev/sda2 / ext4 rw,relatime 0 0
tmpfs /run tmpfs rw 0 0
/dev/sdb1 /media/kiosk/KINGSTON vfat rw,nosuid,nodev 0 0
/dev/sdc1 /run/media/kiosk/USB\\040DISK exfat rw 0 0
/dev/sdb1 /media/kiosk/KINGSTON vfat rw 0 0
/dev/sdd1 /mnt/backup ntfs3 rw 0 0
//server/share /mnt/share cifs rw 0 0
`;

describe('removable drives', () => {
  it('lists mounted USB drives with their labels, once each, and nothing else', () => {
    expect(parseRemovableMounts(MOUNTS)).toEqual([
      { path: '/media/kiosk/KINGSTON', label: 'KINGSTON' },
      { path: '/run/media/kiosk/USB DISK', label: 'USB DISK' },
      { path: '/mnt/backup', label: 'backup' },
    ]);
  });
});
