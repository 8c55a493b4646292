import type { KioskParts } from '../kiosk/kiosk-parts';
import type { PrintQueue } from '../printing/print-queue';
import { deviceSettingsFromConfig, isDeviceKey } from './device-settings';
import { devicesHandlers } from './devices-handlers';

/**
 * The hardware as the screens see it: health events, settings applied live, and the device
 * handlers. Built after the features that listen for scans, so a device that reads something
 * the moment it opens is heard.
 */
export function composeDevices(parts: KioskParts, options: Readonly<{ printing?: PrintQueue }> = {}) {
  const { config, devices } = parts;
  const stopHealth = devices ? devices.onHealth((health) => parts.bus.emit('devices.onHealth', health)) : () => undefined;
  // Device settings apply live: a technician's change reopens only the devices it concerns.
  const configure = devices?.configure?.bind(devices);
  configure?.(deviceSettingsFromConfig(config.all()));
  const stopConfig = configure
    ? config.onChange((key, values) => {
        if (isDeviceKey(key)) configure(deviceSettingsFromConfig(values));
      })
    : () => undefined;
  return {
    handlers: devicesHandlers(devices, {
      clock: parts.clock,
      centerName: () => config.get('center.name'),
      kioskId: parts.kioskId,
      printing: options.printing,
    }),
    close(): void {
      stopHealth();
      stopConfig();
    },
  };
}
