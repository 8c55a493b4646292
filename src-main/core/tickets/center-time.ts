import { type OpeningHours, WEEKDAYS, type Weekday, wallMinutes } from '../../api/channels/tickets';

/**
 * The center's wall clock. Ticket days and opening hours follow Vietnam's time whatever time
 * zone the machine was installed with, so the zone is fixed here and read through Intl.
 */
export const CENTER_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface WallClock {
  /** `YYYY-MM-DD` */
  readonly date: string;
  readonly weekday: Weekday;
  /** Minutes since local midnight. */
  readonly minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function parts(at: Date, timeZone: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(at)) out[p.type] = p.value;
  return out;
}

export function wallClock(at: Date, timeZone = CENTER_TIME_ZONE): WallClock {
  const p = parts(at, timeZone);
  const weekday = (p.weekday ?? '').toLowerCase().slice(0, 3) as Weekday;
  if (!WEEKDAYS.includes(weekday)) throw new Error(`unexpected weekday from Intl: ${p.weekday}`);
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    weekday,
    minutes: Number(p.hour) * 60 + Number(p.minute),
  };
}

/** The local day a moment belongs to: the key of every ticket number sequence. */
export function centerDay(at: Date, timeZone = CENTER_TIME_ZONE): string {
  return wallClock(at, timeZone).date;
}

/** Milliseconds the zone is ahead of UTC at that instant. */
function offsetAt(at: Date, timeZone: string): number {
  const p = parts(at, timeZone);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant a wall-clock time on a local date happens (`2026-11-23`, 450 → 07:30 that day). */
export function instantOf(date: string, minutes: number, timeZone = CENTER_TIME_ZONE): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, 0, minutes);
  const first = guess - offsetAt(new Date(guess), timeZone);
  // A second pass settles the rare zone whose offset differs between the guess and the answer.
  return new Date(guess - offsetAt(new Date(first), timeZone));
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function isOpenAt(hours: OpeningHours, at: Date, timeZone = CENTER_TIME_ZONE): boolean {
  const now = wallClock(at, timeZone);
  return hours[now.weekday].some((i) => wallMinutes(i.from) <= now.minutes && now.minutes < wallMinutes(i.to));
}

/** The next opening after `at` within a week, or null for a service that never opens. */
export function nextOpening(hours: OpeningHours, at: Date, timeZone = CENTER_TIME_ZONE): Date | null {
  const now = wallClock(at, timeZone);
  const start = WEEKDAYS.indexOf(now.weekday);
  for (let k = 0; k <= 7; k++) {
    const weekday = WEEKDAYS[(start + k) % 7] as Weekday;
    const date = addDays(now.date, k);
    for (const i of hours[weekday]) {
      const from = wallMinutes(i.from);
      if (k === 0 && from <= now.minutes) continue;
      return instantOf(date, from, timeZone);
    }
  }
  return null;
}
