import type { Clock } from '../../api/center-clock';
import type { Logger } from './logger';

export interface SummarisingLog {
  /** Logs the first line of each kind in an interval; later ones of that kind are only counted. */
  warn(kind: string, msg: string, data?: Record<string, unknown>): void;
  /** Writes one summary line per kind that had lines held back, and starts a new interval. */
  flush(): void;
}

/**
 * Lines an outsider can cause at will (refused connections) must not rotate the log history away:
 * per kind, one line in full and then one summary line per interval with how many more came.
 */
export function summarisingLog(log: Logger, options: Readonly<{ intervalMs: number; clock: Clock }>): SummarisingLog {
  const held = new Map<string, { msg: string; count: number }>();
  const seen = new Set<string>();
  let windowStart = options.clock.now().getTime();
  const flush = (): void => {
    for (const [kind, { msg, count }] of held) {
      log.warn(`${msg} (${count} more in the last ${Math.round(options.intervalMs / 1000)} s, not logged one by one)`, { kind, count });
    }
    held.clear();
    seen.clear();
    windowStart = options.clock.now().getTime();
  };
  return {
    warn(kind, msg, data) {
      if (options.clock.now().getTime() - windowStart >= options.intervalMs) flush();
      if (!seen.has(kind)) {
        seen.add(kind);
        log.warn(msg, data);
        return;
      }
      const h = held.get(kind);
      if (h) h.count++;
      else held.set(kind, { msg, count: 1 });
    },
    flush,
  };
}
