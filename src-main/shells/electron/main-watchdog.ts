import { Worker } from 'node:worker_threads';

export interface WatchdogOptions {
  /** The watchdog thread's script (out/main/watchdog-thread.mjs in the build, unpacked from ASAR). */
  readonly threadFile: string;
  /** Main may be unresponsive this long before the process is ended. */
  readonly timeoutMs?: number;
  /** How often main says it is alive. */
  readonly beatMs?: number;
  /** JSON-lines log the thread writes its last word to (the kiosk log). */
  readonly logFile?: string;
  /** The thread itself failed (its file is missing, it threw): the kiosk runs on, unwatched. */
  readonly onError?: (message: string) => void;
}

export const WATCHDOG_TIMEOUT_MS = 30_000;
export const WATCHDOG_BEAT_MS = 2_000;

/**
 * The main-process watchdog. Main posts a heartbeat to a worker thread; when the beats stop for
 * longer than the timeout (a busy loop, a deadlocked native call), the thread logs it and kills
 * the process, and systemd (`Restart=always`) or Windows Shell Launcher starts the kiosk again.
 * A crashed renderer is healed inside the app (self-healing.ts); a stuck main process cannot
 * heal itself, so this is the one place that ends it.
 */
export function startMainWatchdog(options: WatchdogOptions): { stop(): Promise<void> } {
  const timeoutMs = options.timeoutMs ?? WATCHDOG_TIMEOUT_MS;
  const beatMs = options.beatMs ?? WATCHDOG_BEAT_MS;
  if (!(beatMs > 0 && timeoutMs > beatMs * 2)) throw new Error('watchdog timeout must be more than two beats');
  const worker = new Worker(options.threadFile, {
    // The thread needs none of main's flags, and some (--input-type, --inspect) would stop it.
    execArgv: [],
    workerData: { timeoutMs, checkMs: Math.max(50, Math.floor(beatMs / 2)), logFile: options.logFile ?? null },
  });
  worker.on('error', (err) => options.onError?.(err.message));
  // Neither the thread nor the beat may keep a finished process alive.
  worker.unref();
  const beat = setInterval(() => worker.postMessage('beat'), beatMs);
  beat.unref();
  return {
    async stop() {
      clearInterval(beat);
      await worker.terminate();
    },
  };
}
