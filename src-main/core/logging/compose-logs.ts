import type { ExportTarget } from '../../api/channels/logs';
import type { KioskParts } from '../kiosk/kiosk-parts';
import { kioskLogFile } from './log-files';
import { logsHandlers } from './logs-handlers';
import { listRemovableDrives } from './removable-drives';

export interface LogsOptions {
  /** The log file the technician reads and exports (default `logs/kiosk.log` in the data dir). */
  readonly logFile?: string | undefined;
  /** Mounted USB drives to offer for exports (default: read from /proc/mounts). */
  readonly exportTargets?: (() => ExportTarget[]) | undefined;
}

/** The technician's log screen: reading the kiosk's log and exporting it to a USB drive. */
export function composeLogs(parts: KioskParts, options: LogsOptions = {}) {
  return {
    handlers: logsHandlers({
      logFile: options.logFile ?? kioskLogFile(parts.dataDir),
      kioskId: parts.kioskId,
      clock: parts.clock,
      exportTargets: options.exportTargets ?? (() => listRemovableDrives()),
      log: parts.log.child('logs'),
    }),
  };
}
