import { realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';

/**
 * Which paths a file-backed (`usb`) printer may write to: a character device (`/dev/usb/lp0`,
 * `/dev/ttyUSB0`, or a udev link to one), or, for emulation, a file inside the emulator folder
 * of the data directory. Anything else (an ordinary file, `kiosk.db`, a folder) would be
 * overwritten by every print, so it is refused with the reason. Returns the real path to open.
 */
export async function checkFileDevice(
  path: string,
  emulatorDir: string | undefined,
): Promise<{ ok: true; path: string } | { ok: false; reason: string }> {
  const real = await realpath(path).catch((err: NodeJS.ErrnoException) => err);
  if (real instanceof Error) {
    // Not there (yet): an unplugged printer. The open that follows says so as `offline`.
    return real.code === 'ENOENT' ? { ok: true, path } : { ok: false, reason: `${path} cannot be checked (${real.code ?? 'error'})` };
  }
  const info = await stat(real).catch(() => null);
  if (info?.isCharacterDevice()) return { ok: true, path: real };
  if (emulatorDir) {
    const root = await realpath(emulatorDir).catch(() => null);
    if (root && real.startsWith(`${root}${sep}`) && (info?.isFile() || info?.isFIFO())) return { ok: true, path: real };
  }
  return {
    ok: false,
    reason: `${path} is not a printer device: a usb printer writes only to a character device (/dev/usb/lp0, /dev/ttyUSB0) or, for emulation, a file in ${emulatorDir ?? 'the emulator folder'}`,
  };
}
