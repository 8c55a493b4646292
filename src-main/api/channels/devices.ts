import { z } from 'zod';
import { channel, event } from '../define';
import { ANY_ROLE, TECHNICIAN_ONLY } from '../roles';

export const DeviceKind = z.enum(['printer', 'scanner', 'idReader']);
export type DeviceKind = z.infer<typeof DeviceKind>;

/**
 * One device's state as the UI and technicians see it. `reason` is a short technical text for
 * technicians (never shown to citizens as is).
 */
export const DeviceHealth = z.object({
  kind: DeviceKind,
  state: z.enum(['ready', 'no-paper', 'offline', 'error', 'not-configured']),
  reason: z.string().optional(),
  since: z.string(),
});
export type DeviceHealth = z.infer<typeof DeviceHealth>;

/** How a device is reached. `emulator` is the built-in emulator (demo and tests). */
export const DeviceInterface = z.enum(['none', 'emulator', 'serial', 'tcp', 'usb']);
export type DeviceInterface = z.infer<typeof DeviceInterface>;

/** Outcome of a print job: printed now, or kept and retried when the printer returns. */
export const PrintOutcome = z.object({
  jobId: z.string(),
  /**
   * `printed`: the printer confirmed the job. `queued`: no byte has left yet; it prints when the
   * printer returns. `failed`: the job went to the printer but it never confirmed it (a link that
   * dropped, a late answer): the paper may or may not have come out, and it is not sent again.
   */
  state: z.enum(['printed', 'queued', 'failed']),
  /** Why it is queued or failed, for the citizen screen (`no-paper`, `offline`, …). */
  reason: DeviceHealth.shape.state.optional(),
});
export type PrintOutcome = z.infer<typeof PrintOutcome>;

/** A serial port the operating system reports (USB-serial adapters, built-in COM ports). */
export const SerialPortInfo = z.object({
  path: z.string(),
  manufacturer: z.string().optional(),
  serialNumber: z.string().optional(),
  vendorId: z.string().optional(),
  productId: z.string().optional(),
});
export type SerialPortInfo = z.infer<typeof SerialPortInfo>;

/** A device as configured, with where it is reached and how it is doing. */
export const ConfiguredDevice = z.object({
  kind: DeviceKind,
  interface: DeviceInterface,
  /** Serial port, `host:port`, or device file; for the emulator, where it listens. */
  address: z.string(),
  /** Printer profile id (`hardware/profiles`); absent for scanners and readers. */
  profile: z.string().optional(),
  health: DeviceHealth,
});
export type ConfiguredDevice = z.infer<typeof ConfiguredDevice>;

export const DeviceListing = z.object({
  ports: z.array(SerialPortInfo),
  devices: z.array(ConfiguredDevice),
});
export type DeviceListing = z.infer<typeof DeviceListing>;

export const TestPrintResult = z.object({
  outcome: PrintOutcome,
  /** What the emulator printed, as a PNG data URL; absent for a real printer. */
  preview: z
    .string()
    .regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/)
    .optional(),
});
export type TestPrintResult = z.infer<typeof TestPrintResult>;

const NoArgs = z.object({}).strict();

export const devicesChannels = {
  'devices.health': channel({ args: NoArgs, result: z.array(DeviceHealth), roles: ANY_ROLE }),
  'devices.list': channel({ args: NoArgs, result: DeviceListing, roles: TECHNICIAN_ONLY }),
  'devices.testPrint': channel({ args: NoArgs, result: TestPrintResult, roles: TECHNICIAN_ONLY }),
};

export const devicesEvents = {
  'devices.onHealth': event(DeviceHealth),
};
