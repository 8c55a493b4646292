import type { ExportTarget } from '../../api/channels/logs';
import type { PartialHandlers } from '../rpc/handlers';
import { exportLogs } from './log-export';
import { tailLog } from './log-reader';

export interface LogsHandlerDeps {
  readonly logFile: string;
  readonly kioskId: string;
  readonly clock: () => Date;
  /** Mounted USB drives; injected so tests and other platforms decide what counts as one. */
  readonly exportTargets: () => ExportTarget[];
}

export function logsHandlers(deps: LogsHandlerDeps): PartialHandlers<'logs.tail' | 'logs.exportTargets' | 'logs.export'> {
  return {
    'logs.tail': ({ limit, minLevel }) => ({ lines: tailLog(deps.logFile, limit, minLevel), file: deps.logFile }),
    'logs.exportTargets': () => ({ targets: deps.exportTargets() }),
    'logs.export': async ({ dir }, { log }) => {
      const result = await exportLogs(deps.logFile, dir, { kioskId: deps.kioskId, now: deps.clock() });
      log.info('logs exported', { lines: result.lines, bytes: result.bytes });
      return result;
    },
  };
}
