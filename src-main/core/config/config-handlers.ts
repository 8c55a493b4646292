import type { Clock } from '../../api/center-clock';
import type { ExportTarget } from '../../api/channels/logs';
import type { Logger } from '../logging/logger';
import type { PartialHandlers } from '../rpc/handlers';
import { realPathOnDrive } from '../system/drive-paths';
import type { FetchFn } from '../system/fetch-fn';
import { describeConfig, publicConfig } from './config-entries';
import { importConfigFile, listConfigFiles, writeConfigFile } from './config-files';
import { SECRET_KEYS } from './config-schema';
import type { ConfigStore } from './config-store';
import { exportConfig } from './config-transfer';
import { checkCenterServer, isHttpUrl, sameOrigin, tokenNeeded } from './server-check';

export interface ConfigHandlerDeps {
  readonly store: ConfigStore;
  readonly kioskId: string;
  readonly fetch: FetchFn;
  readonly log: Logger;
  readonly appVersion: string;
  readonly clock: Clock;
  /** The removable drives the screen may export to and import from (`logs.exportTargets`). */
  readonly exportTargets: () => ExportTarget[];
}

export function configHandlers(
  deps: ConfigHandlerDeps,
): PartialHandlers<
  | 'config.get'
  | 'config.set'
  | 'config.public'
  | 'config.testServer'
  | 'config.exportFile'
  | 'config.importCandidates'
  | 'config.importFile'
> {
  const { store, log } = deps;
  return {
    'config.get': () => ({ entries: describeConfig(store) }),
    'config.set': ({ values }) => {
      store.setMany(values);
      // Which keys changed, never the values: a token or a center's address has no place in a log.
      log.info('settings changed from the screen', {
        keys: Object.keys(values).join(','),
        secrets: Object.keys(values).filter((k) => SECRET_KEYS.has(k as never)).length,
      });
      return { entries: describeConfig(store) };
    },
    'config.public': () => publicConfig(store),
    'config.testServer': async (args) => {
      const stored = store.get('server.url');
      const url = args.url ?? stored;
      const ownServer = sameOrigin(url, stored);
      // The stored token is the center's secret: it goes to the stored server's origin and nowhere else.
      if (args.token === undefined && !ownServer && isHttpUrl(url)) {
        log.info('center server test not sent: another server needs its token typed', {});
        return tokenNeeded(url);
      }
      const check = await checkCenterServer({
        url,
        token: args.token ?? (ownServer ? store.get('server.token') : ''),
        kioskId: deps.kioskId,
        fetch: deps.fetch,
      });
      log.info('center server test', { outcome: check.outcome, status: check.status, latencyMs: check.latencyMs });
      return check;
    },
    'config.exportFile': async ({ dir, includeSecrets }) => {
      const now = deps.clock.now();
      const data = exportConfig(store, { kioskId: deps.kioskId, appVersion: deps.appVersion, now }, { includeSecrets });
      const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
      const file = await writeConfigFile(await realPathOnDrive(dir, deps.exportTargets()), data, stamp);
      log.info('settings exported to a file', { keys: Object.keys(data.values).length, secretsIncluded: data.secretsIncluded });
      return { file, keys: Object.keys(data.values).length };
    },
    'config.importCandidates': async ({ dir }) => ({ files: await listConfigFiles(await realPathOnDrive(dir, deps.exportTargets())) }),
    'config.importFile': async ({ path }) => {
      const { applied } = await importConfigFile(store, await realPathOnDrive(path, deps.exportTargets()));
      log.info('settings imported from a file', { keys: applied.join(',') });
      return { applied };
    },
  };
}
