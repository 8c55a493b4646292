import type { DeviceInterface, DeviceKind } from './device-health';

/** How one device is reached. `baudRate` 0 means the profile's (printers) or 9600 (scanners, readers). */
export interface LineDeviceSettings {
  readonly interface: DeviceInterface;
  /** Serial port (`/dev/ttyUSB0`, `COM3`), `host:port`, or a device file (`/dev/usb/lp0`). */
  readonly address: string;
  readonly baudRate: number;
}

export interface PrinterSettings extends LineDeviceSettings {
  /** A profile id from `hardware/profiles/`. */
  readonly profile: string;
}

/** Every device of the kiosk, as configuration describes it. */
export interface DeviceSettings {
  readonly printer: PrinterSettings;
  readonly scanner: LineDeviceSettings;
  readonly idReader: LineDeviceSettings;
}

export const NO_DEVICES: DeviceSettings = {
  printer: { interface: 'none', address: '', baudRate: 0, profile: 'generic-escpos-80' },
  scanner: { interface: 'none', address: '', baudRate: 0 },
  idReader: { interface: 'none', address: '', baudRate: 0 },
};

/** A device the shell emulates (demo, tests): where the kiosk's real driver finds it. */
export interface EmulatedDevice {
  readonly interface: 'tcp' | 'serial';
  readonly address: string;
  /** The next page the emulated printer prints, as PNG; null if none comes in time. */
  nextPagePng?(timeoutMs: number): Promise<Uint8Array | null>;
}

/** Starts emulated devices on demand. Given by the shells; the hardware layer never starts one itself. */
export interface EmulatorProvider {
  start(kind: DeviceKind, printerProfileId?: string): Promise<EmulatedDevice>;
  close(): Promise<void>;
}
