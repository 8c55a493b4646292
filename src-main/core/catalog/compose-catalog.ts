import type { KioskParts } from '../kiosk/kiosk-parts';
import { defaultBundledCatalogFile } from './bundled-catalog';
import { catalogHandlers } from './catalog-handlers';
import { CatalogRefresher } from './catalog-refresher';
import { CatalogService } from './catalog-service';

export interface CatalogOptions {
  /** The catalog shipped with the app; default `assets/catalog/catalog.json`. */
  readonly bundledCatalogFile?: string | undefined;
  /** Fetch the center's catalog on a schedule (false in the CLI, which refreshes when asked). */
  readonly refreshInBackground: boolean;
}

/** The procedure catalog, the refresher that keeps it current from the center, and their handlers. */
export function composeCatalog(parts: KioskParts, options: CatalogOptions) {
  const { config } = parts;
  const log = parts.log.child('catalog');
  const service = new CatalogService({
    db: parts.db,
    log,
    clock: parts.clock,
    bundledCatalogFile: options.bundledCatalogFile ?? defaultBundledCatalogFile(),
  });
  const refresher = new CatalogRefresher({
    catalog: service,
    log,
    kioskId: parts.kioskId,
    settings: () => ({
      fetch: parts.fetch,
      clock: parts.clock,
      serverUrl: config.get('server.url'),
      token: config.get('server.token'),
      intervalMs: config.get('catalog.refreshMinutes') * 60_000,
    }),
  });
  if (options.refreshInBackground) refresher.start();
  return {
    service,
    refresher,
    handlers: catalogHandlers(service, refresher),
    close(): void {
      refresher.stop();
    },
  };
}
