import { useEffect, useRef } from 'react';
import { useNavigation } from './navigation-store';

/** How the visitor asked to leave the current screen: the bar's Back or Home. */
export type LeaveIntent = 'back' | 'home';

/** Answers true when the screen took care of the request itself (a step back, a question). */
type Guard = (intent: LeaveIntent) => boolean;

let guard: Guard | null = null;

/**
 * Back and Home of the help bar, as the visitor meant them. A screen with work in progress (the
 * dossier form) may answer first: step back inside itself, or ask before its work is dropped.
 * The idle reset does not come through here: it ends the visit whatever the screen holds.
 */
export function requestLeave(intent: LeaveIntent): void {
  if (guard?.(intent)) return;
  leaveNow(intent);
}

/** Leaves without asking, once the screen (or the visitor) has agreed. */
export function leaveNow(intent: LeaveIntent): void {
  const nav = useNavigation.getState();
  switch (intent) {
    case 'back':
      nav.back();
      return;
    case 'home':
      nav.home();
      return;
    default: {
      const never: never = intent;
      throw new Error(`unknown leave intent ${String(never)}`);
    }
  }
}

/** Installs `fn` as the guard while the calling screen is mounted (the latest `fn` is used). */
export function useLeaveGuard(fn: Guard): void {
  const ref = useRef(fn);
  ref.current = fn;
  useEffect(() => {
    const mine: Guard = (intent) => ref.current(intent);
    guard = mine;
    return () => {
      if (guard === mine) guard = null;
    };
  }, []);
}
