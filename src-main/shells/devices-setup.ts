import { join } from 'node:path';
import { EmulatorHost } from '../../hardware/emulators/emulator-host';
import { type Clock, systemClock } from '../api/center-clock';
import type { Logger } from '../core/logging/logger';
import { DeviceManager } from '../hardware/device-manager';
import { PcscCardReader } from '../hardware/idreader/pcsc-card-reader';

/**
 * What every shell does for devices: a DeviceManager, with the emulators standing in for any
 * device configured as `emulator` (the default until a technician sets real ones). A device
 * or emulator that fails shows in its health; it never stops the shell.
 */
export function setupDevices(
  dataDir: string,
  log: Logger,
  clock: Clock = systemClock,
): { devices: DeviceManager; emulators: EmulatorHost; chipReader: PcscCardReader; close(): Promise<void> } {
  const emulatorDir = join(dataDir, 'emulators');
  const emulators = new EmulatorHost(emulatorDir, log.child('emulators'), clock);
  const devices = new DeviceManager({ log, clock, emulators, fileDeviceDir: emulatorDir });
  // The CCCD chip reader over PC/SC: whatever readers pcscd offers (it starts in the kiosk's core).
  const chipReader = new PcscCardReader({ log: log.child('pcsc') });
  return {
    devices,
    emulators,
    chipReader,
    async close() {
      await devices.close().catch(() => undefined);
      await emulators.close().catch(() => undefined);
    },
  };
}
