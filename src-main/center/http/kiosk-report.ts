import { z } from 'zod';
import type { CenterEvent } from '../../api/center/center-wire';
import type { KioskReport } from '../store/store-types';

/** `kiosk.health`: what a kiosk says about itself in its event batches (version, backlog, devices). */
const HealthData = z.object({
  appVersion: z.string().max(40).optional(),
  backlog: z.number().int().min(0).max(10_000_000).optional(),
  devices: z.record(z.string().max(40), z.string().max(40)).optional(),
});

export function kioskReportOf(event: CenterEvent): KioskReport | null {
  if (event.type !== 'kiosk.health') return null;
  const parsed = HealthData.safeParse(event.data);
  if (!parsed.success) return null;
  return {
    ...(parsed.data.appVersion !== undefined ? { appVersion: parsed.data.appVersion } : {}),
    ...(parsed.data.backlog !== undefined ? { backlog: parsed.data.backlog } : {}),
    ...(parsed.data.devices !== undefined ? { devices: parsed.data.devices } : {}),
  };
}
