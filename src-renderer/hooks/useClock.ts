import { useEffect } from 'react';
import { create } from 'zustand';

/**
 * One wall clock for every screen, ticking on the minute so two clocks on screen never disagree,
 * and cheap for the CPU.
 */
const useNow = create<{ now: Date }>(() => ({ now: new Date() }));
let subscribers = 0;
let timer: ReturnType<typeof setTimeout> | null = null;

function schedule(): void {
  const now = new Date();
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
