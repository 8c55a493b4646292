import { z } from 'zod';

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
