import { useEffect, useState } from 'react';

/** The current time, refreshed every 30 s: enough for a wall clock, cheap for the CPU. */
export function useClock(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
