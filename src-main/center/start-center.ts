import { type Clock, systemClock } from '../api/center-clock';
import type { Logger } from '../core/logging/logger';
import { openCenterEngine } from './db/open-engine';
import { startCenterHttp } from './http/center-server';
import { officeFiles } from './http/static-office';
import { officeApi } from './office/office-api';
import { type CenterStore, centerStore } from './store/center-store';

export interface CenterOptions {
  /** `sqlite:FILE` or `postgres://…` */
  readonly db: string;
  readonly log: Logger;
  readonly port?: number;
  readonly host?: string;
  readonly clock?: Clock;
  readonly poolSize?: number;
  /** The built back office (default out/office). */
  readonly officeDir?: string;
}

export interface Center {
  readonly url: string;
  readonly port: number;
  readonly store: CenterStore;
  close(): Promise<void>;
}

/** Opens (and migrates) the database and serves the center on it: what `kiosk center serve` runs. */
export async function startCenter(options: CenterOptions): Promise<Center> {
  // The one clock of the center: migrations, the kiosk API and the back office read time through it.
  const clock = options.clock ?? systemClock;
  const engine = await openCenterEngine(options.db, { clock, ...(options.poolSize !== undefined ? { poolSize: options.poolSize } : {}) });
  const store = centerStore(engine);
  const office = officeApi({ store, clock, log: options.log.child('office') });
  const files = officeFiles(options.officeDir);
  try {
    const http = await startCenterHttp({
      store,
      extra: async (req, _res, path) => (path.startsWith('/office/api/') ? office.handle(req, path) : files(req.method ?? 'GET', path)),
      log: options.log,
      clock,
      ...(options.port !== undefined ? { port: options.port } : {}),
      ...(options.host ? { host: options.host } : {}),
    });
    return {
      url: http.url,
      port: http.port,
      store,
      async close() {
        await http.close();
        await engine.close();
      },
    };
  } catch (err) {
    await engine.close();
    throw err;
  }
}
