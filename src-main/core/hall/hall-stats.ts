import { wallClock } from '../../api/center-clock';
import type { HallDayStats } from '../../api/hall';
import type { Database } from '../db/open-database';

export type DayStats = HallDayStats;
export type ServiceStats = HallDayStats['services'][number];
export type HourStats = HallDayStats['hours'][number];

/** One ticket of the hall's day as the figures read it. */
export interface HallDayRow {
  pos: number;
  number: string;
  service_id: string;
  priority: number;
  status: string;
  issued_at: string;
  called_at: string | null;
  closed_at: string | null;
}

/** A day's hall tickets, optionally one service's: what the statistics and the wait estimate read. */
export function hallDayRows(db: Database, day: string, serviceId?: string): HallDayRow[] {
  const cols = 'pos, number, service_id, priority, status, issued_at, called_at, closed_at';
  return (
    serviceId
      ? db.prepare(`SELECT ${cols} FROM hall_tickets WHERE day = ? AND service_id = ?`).all(day, serviceId)
      : db.prepare(`SELECT ${cols} FROM hall_tickets WHERE day = ?`).all(day)
  ) as HallDayRow[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A day of the hall's queue in figures (docs/hall.md, "Statistics"): per hour of the center's
 * clock the tickets issued and served, and per service the counts and the wait from issue to
 * first call. Served tickets count in the hour they were served.
 */
export function dayStats(db: Database, day: string): DayStats {
  const rows = hallDayRows(db, day);
  const hours = new Map<number, { issued: number; served: number }>();
  const hourOf = (iso: string) => Math.floor(wallClock(new Date(iso)).minutes / 60);
  const bump = (hour: number, key: 'issued' | 'served') => {
    const h = hours.get(hour) ?? { issued: 0, served: 0 };
    h[key] += 1;
    hours.set(hour, h);
  };
  const services = new Map<string, { issued: number; served: number; noShow: number; waits: number[] }>();
  for (const r of rows) {
    const s = services.get(r.service_id) ?? { issued: 0, served: 0, noShow: 0, waits: [] };
    s.issued += 1;
    bump(hourOf(r.issued_at), 'issued');
    if (r.status === 'served') {
      s.served += 1;
      if (r.closed_at) bump(hourOf(r.closed_at), 'served');
    }
    if (r.status === 'no-show') s.noShow += 1;
    if (r.called_at) s.waits.push((Date.parse(r.called_at) - Date.parse(r.issued_at)) / 60_000);
    services.set(r.service_id, s);
  }
  return {
    day,
    hours: [...hours.entries()].sort(([a], [b]) => a - b).map(([hour, h]) => ({ hour, ...h })),
    services: [...services.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([serviceId, s]) => ({
        serviceId,
        issued: s.issued,
        served: s.served,
        noShow: s.noShow,
        avgWaitMin: s.waits.length ? round1(s.waits.reduce((x, y) => x + y, 0) / s.waits.length) : null,
        maxWaitMin: s.waits.length ? round1(Math.max(...s.waits)) : null,
      })),
  };
}
