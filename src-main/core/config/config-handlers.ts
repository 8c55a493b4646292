import type { PartialHandlers } from '../rpc/handlers';
import type { FetchFn } from '../system/fetch-fn';
import { describeConfig, publicConfig } from './config-entries';
import { SECRET_KEYS } from './config-schema';
import type { ConfigStore } from './config-store';
import { checkCenterServer } from './server-check';

export interface ConfigHandlerDeps {
  readonly store: ConfigStore;
  readonly kioskId: string;
  readonly fetch: FetchFn;
}

export function configHandlers(
  deps: ConfigHandlerDeps,
): PartialHandlers<'config.get' | 'config.set' | 'config.public' | 'config.testServer'> {
  const { store } = deps;
  return {
    'config.get': () => ({ entries: describeConfig(store) }),
    'config.set': ({ values }, { log }) => {
      store.setMany(values);
      // Which keys changed, never the values: a token or a center's address has no place in a log.
      log.info('settings changed from the screen', {
        keys: Object.keys(values).join(','),
        secrets: Object.keys(values).filter((k) => SECRET_KEYS.has(k as never)).length,
      });
      return { entries: describeConfig(store) };
    },
    'config.public': () => publicConfig(store),
    'config.testServer': async (args, { log }) => {
      const check = await checkCenterServer({
        url: args.url ?? store.get('server.url'),
        token: args.token ?? store.get('server.token'),
        kioskId: deps.kioskId,
        fetch: deps.fetch,
      });
      log.info('center server test', { outcome: check.outcome, status: check.status, latencyMs: check.latencyMs });
      return check;
    },
  };
}
