import { join } from 'node:path';
import { EmulatorHost } from '../../hardware/emulators/emulator-host';
import type { Logger } from '../core/logging/logger';
import { DeviceManager } from '../hardware/device-manager';

/**
 * What every shell does for devices: a DeviceManager, with the emulators standing in for any
 * device configured as `emulator` (the default until a technician sets real ones). A device
 * or emulator that fails shows in its health; it never stops the shell.
 */
export function setupDevices(dataDir: string, log: Logger): { devices: DeviceManager; emulators: EmulatorHost; close(): Promise<void> } {
  const emulatorDir = join(dataDir, 'emulators');
  const emulators = new EmulatorHost(emulatorDir, log.child('emulators'));
  const devices = new DeviceManager({ log, emulators, fileDeviceDir: emulatorDir });
  return {
    devices,
    emulators,
    async close() {
      await devices.close().catch(() => undefined);
      await emulators.close().catch(() => undefined);
    },
  };
}
