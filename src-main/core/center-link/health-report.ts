import type { DeviceHealth } from '../../api/channels/devices';
import type { Database } from '../db/open-database';
import { enqueueEvent } from '../outbox/enqueue';
import { OutboxStore } from '../outbox/outbox-store';

/** What the center's fleet page shows of this kiosk: its version, what waits to be sent, its devices. */
export interface HealthReport {
  readonly appVersion: string;
  readonly backlog: number;
  readonly devices: Readonly<Record<string, string>>;
}

export function healthReport(db: Database, appVersion: string, devices: readonly DeviceHealth[]): HealthReport {
  const counts = new OutboxStore(db).counts();
  return {
    appVersion,
    backlog: counts.pending + counts.sending + counts.failed,
    devices: Object.fromEntries(devices.map((d) => [d.kind, d.state])),
  };
}

/** Queues the report as a `kiosk.health` event; it travels in the outbox like every other event. */
export function enqueueHealthReport(db: Database, report: HealthReport, at: Date): void {
  db.transaction(() => {
    enqueueEvent(db, {
      type: 'kiosk.health',
      occurredAt: at.toISOString(),
      data: { appVersion: report.appVersion, backlog: report.backlog, devices: { ...report.devices } },
    });
  })();
}
