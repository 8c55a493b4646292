import type { Clock } from '../../api/center-clock';
import type { ExportTarget } from '../../api/channels/logs';
import type { PartialHandlers } from '../rpc/handlers';
import { realPathOnDrive } from '../system/drive-paths';
import { exportLogs } from './log-export';
import { tailLog } from './log-reader';
import type { Logger } from './logger';

export interface LogsHandlerDeps {
  readonly logFile: string;
  readonly kioskId: string;
  readonly clock: Clock;
  /** Mounted USB drives; injected so tests and other platforms decide what counts as one. */
  readonly exportTargets: () => ExportTarget[];
  readonly log: Logger;
}

export function logsHandlers(deps: LogsHandlerDeps): PartialHandlers<'logs.tail' | 'logs.exportTargets' | 'logs.export'> {
  return {
    'logs.tail': ({ limit, minLevel }) => ({ lines: tailLog(deps.logFile, limit, minLevel), file: deps.logFile }),
    'logs.exportTargets': () => ({ targets: deps.exportTargets() }),
    'logs.export': async ({ dir }) => {
      const result = await exportLogs(deps.logFile, await realPathOnDrive(dir, deps.exportTargets()), {
        kioskId: deps.kioskId,
        now: deps.clock.now(),
      });
      deps.log.info('logs exported', { lines: result.lines, bytes: result.bytes });
      return result;
    },
  };
}
