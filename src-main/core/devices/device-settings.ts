import type { DeviceSettings } from '../../hardware/device-settings';
import type { ConfigKey, ConfigValues } from '../config/config-schema';

/** The device settings that configuration holds; a change to any of these keys reopens devices. */
export function deviceSettingsFromConfig(values: ConfigValues): DeviceSettings {
  return {
    printer: {
      interface: values['devices.printer.interface'],
      address: values['devices.printer.address'],
      profile: values['devices.printer.profile'],
      baudRate: values['devices.printer.baudRate'],
    },
    scanner: {
      interface: values['devices.scanner.interface'],
      address: values['devices.scanner.address'],
      baudRate: values['devices.scanner.baudRate'],
    },
    idReader: {
      interface: values['devices.idReader.interface'],
      address: values['devices.idReader.address'],
      baudRate: values['devices.idReader.baudRate'],
    },
  };
}

export function isDeviceKey(key: ConfigKey): boolean {
  return key.startsWith('devices.');
}
