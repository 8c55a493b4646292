import { addDays, CENTER_TIME_ZONE, instantOf, wallClock } from '../../api/center-clock';
import { type OpeningHours, WEEKDAYS, type Weekday, wallMinutes } from '../../api/channels/tickets';

/** Opening hours read on the center's clock (`src-main/api/center-clock.ts`). */

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
