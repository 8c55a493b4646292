import type { Clock } from '../../src-main/api/center-clock';

/** A clock that starts at `start` and runs at real speed: a kiosk standing on a chosen day. */
export function runningClockFrom(start: string): Clock {
  const offset = new Date(start).getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}
