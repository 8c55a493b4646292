import type { Clock } from '../../api/center-clock';
import type { Logger } from '../../core/logging/logger';
import type { KioskStore } from '../store/kiosk-store';

/** How often one process records a kiosk's last contact: often enough for the fleet page, not per request. */
const TOUCH_EVERY_MS = 30_000;

/**
 * Records kiosks' last contact without a write per request: contacts noted within `flushMs` are
 * written together by one statement, off the request's path. A crash loses at most that second
 * of "last seen", which the kiosk's next request restores; dossiers never wait for it.
 */
export function contactRecorder(kiosks: KioskStore, clock: Clock, log: Logger, flushMs = 1_000) {
  const lastTouch = new Map<string, number>();
  let pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    timer = null;
    if (pending.size === 0) return writing;
    const ids = [...pending];
    pending = new Set();
    writing = writing
      .then(() => kiosks.touchAll(ids, clock.now()))
      .catch((err: unknown) => log.warn('last contact not recorded', { kiosks: ids.length, error: (err as Error).message }));
    return writing;
  }

  return {
    note(kioskId: string): void {
      const now = clock.now().getTime();
      if (now - (lastTouch.get(kioskId) ?? 0) < TOUCH_EVERY_MS) return;
      lastTouch.set(kioskId, now);
      pending.add(kioskId);
      if (!timer) {
        timer = setTimeout(() => void flush(), flushMs);
        timer.unref?.();
      }
    },
    /** Writes what is pending (the server is closing). */
    async close(): Promise<void> {
      if (timer) clearTimeout(timer);
      await flush();
    },
  };
}
