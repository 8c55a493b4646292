import { useEffect, useState } from 'react';
import { type Clock, systemClock } from '../../../src-main/api/center-clock';

/** The time in ms, read from `clock`, ticking every `intervalMs` while `active` (a lockout countdown); still otherwise. */
export function useNow(active: boolean, intervalMs = 1000, clock: Clock = systemClock): number {
  const [now, setNow] = useState(() => clock.now().getTime());
  useEffect(() => {
    if (!active) return;
    setNow(clock.now().getTime());
    const id = setInterval(() => setNow(clock.now().getTime()), intervalMs);
    return () => clearInterval(id);
  }, [active, intervalMs, clock]);
  return now;
}

/** `4:05` for a countdown a person reads at a glance. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
