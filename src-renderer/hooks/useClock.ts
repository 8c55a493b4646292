import { useEffect } from 'react';
import { create } from 'zustand';
import { systemClock } from '../../src-main/api/center-clock';

/**
 * One wall clock for every screen, ticking on the minute so two clocks on screen never disagree,
 * and cheap for the CPU. It reads the project's one `Clock` (the browser's own time in a screen;
 * tests move it with fake timers).
 */
const useNow = create<{ now: Date }>(() => ({ now: systemClock.now() }));
let subscribers = 0;
let timer: ReturnType<typeof setTimeout> | null = null;

function schedule(): void {
  const now = systemClock.now();
  useNow.setState({ now });
  timer = setTimeout(schedule, 60_000 - (now.getTime() % 60_000) + 50);
}

export function useClock(): Date {
  useEffect(() => {
    subscribers += 1;
    if (subscribers === 1) schedule();
    return () => {
      subscribers -= 1;
      if (subscribers === 0 && timer) {
        clearTimeout(timer);
        timer = null;
      }
    };
  }, []);
  return useNow((s) => s.now);
}
