import type { WebContents } from 'electron';
import { backoffDelay } from '../../api/backoff';
import { type Clock, systemClock } from '../../api/center-clock';
import { errorMessage } from '../../api/error-message';
import type { Logger } from '../../core/logging/logger';

/** The clock and the timers that move with it (a test drives both). */
export interface Timers extends Clock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: Timers = {
  now: () => systemClock.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** How long a hung page may stay hung before its process is killed and the kiosk reloads. */
export const UNRESPONSIVE_GRACE_MS = 10_000;
/** Crashes further apart than this do not count towards the backoff. */
export const CRASH_WINDOW_MS = 10 * 60_000;

/**
 * Wait before reloading after the n-th crash in the window: 1 s, 2 s, 4 s … up to a minute, so
 * a page that crashes at once on every load does not spin the CPU and flood the log.
 */
export function recoveryDelayMs(recentCrashes: number): number {
  return backoffDelay(recentCrashes, { baseMs: 1000, capMs: 60_000, jitter: 'none' });
}

export type HealableContents = Pick<WebContents, 'on' | 'loadURL' | 'forcefullyCrashRenderer' | 'isDestroyed'>;

export interface HealingOptions {
  /** The attract screen: a recovered kiosk starts over, with nothing of the last visitor on it. */
  readonly attractUrl: string;
  readonly log: Logger;
  /** Runs before each reload (the window's session goes back to a citizen with a new id). */
  readonly onRecover: () => void;
  readonly graceMs?: number;
  readonly timers?: Timers;
}

/**
 * Self-healing for the kiosk window: when the renderer crashes, is killed, fails to load or
 * hangs past the grace period, it is logged and the window reloads to the attract screen.
 */
export function keepRendererAlive(contents: HealableContents, options: HealingOptions): { dispose(): void } {
  const timers = options.timers ?? systemTimers;
  const graceMs = options.graceMs ?? UNRESPONSIVE_GRACE_MS;
  const { log } = options;
  let crashes: number[] = [];
  let pendingReload: unknown = null;
  let hangTimer: unknown = null;
  let disposed = false;

  const clearHang = () => {
    if (hangTimer !== null) timers.clearTimeout(hangTimer);
    hangTimer = null;
  };

  const recover = (cause: string, data: Record<string, unknown> = {}) => {
    clearHang();
    if (pendingReload !== null || disposed) return;
    const now = timers.now().getTime();
    crashes = [...crashes.filter((t) => now - t < CRASH_WINDOW_MS), now];
    const delay = recoveryDelayMs(crashes.length);
    log.error(`renderer ${cause}: reloading the attract screen`, { ...data, delayMs: delay, recentFailures: crashes.length });
    pendingReload = timers.setTimeout(() => {
      pendingReload = null;
      if (disposed || contents.isDestroyed()) return;
      options.onRecover();
      contents.loadURL(options.attractUrl).catch((err: unknown) => {
        log.error('attract screen failed to load', { error: errorMessage(err) });
      });
    }, delay);
  };

  contents.on('render-process-gone', (_event, details) => {
    recover('process gone', { reason: details.reason, exitCode: details.exitCode });
  });

  contents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
    // -3 (ERR_ABORTED) is a navigation we refused or replaced ourselves, not a failure.
    if (!isMainFrame || errorCode === -3) return;
    recover('failed to load', { errorCode, errorDescription });
  });

  contents.on('unresponsive', () => {
    if (hangTimer !== null || pendingReload !== null) return;
    log.warn('renderer unresponsive', { graceMs });
    hangTimer = timers.setTimeout(() => {
      hangTimer = null;
      log.error('renderer still unresponsive: killing its process');
      // Killing it raises render-process-gone, which reloads; recover() here covers the case
      // where Electron does not report the kill.
      if (!contents.isDestroyed()) contents.forcefullyCrashRenderer();
      recover('hung', { graceMs });
    }, graceMs);
  });

  contents.on('responsive', () => {
    if (hangTimer === null) return;
    clearHang();
    log.info('renderer responsive again');
  });

  contents.on('preload-error', (_event, _path, error) => {
    log.error('preload failed', { error: error.message });
  });

  return {
    dispose() {
      disposed = true;
      clearHang();
      if (pendingReload !== null) timers.clearTimeout(pendingReload);
      pendingReload = null;
    },
  };
}
