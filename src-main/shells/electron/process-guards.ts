import type { App } from 'electron';
import { errorMessage } from '../../api/error-message';
import type { Logger } from '../../core/logging/logger';

/** A main process that ran at least this long may restart itself; younger ones leave it to the service manager. */
export const RELAUNCH_MIN_UPTIME_S = 60;

/**
 * An uncaught error in main would show Electron's error dialog, with a stack trace, to the next
 * citizen. Instead it is logged and the app restarts: by itself when it had been running a
 * while, otherwise by exiting so systemd or Shell Launcher restarts it after their delay (a
 * crash at start-up must not become a tight restart loop).
 */
export function guardMainProcess(proc: Pick<NodeJS.Process, 'on' | 'uptime'>, app: Pick<App, 'relaunch' | 'exit'>, log: Logger): void {
  proc.on('uncaughtException', (err: Error) => {
    const relaunch = proc.uptime() >= RELAUNCH_MIN_UPTIME_S;
    log.error('uncaught error in the main process: restarting', { error: err.message, relaunch });
    if (relaunch) app.relaunch();
    app.exit(1);
  });
  proc.on('unhandledRejection', (reason: unknown) => {
    log.error('unhandled promise rejection in the main process', { error: errorMessage(reason) });
  });
}
