import type { PartialHandlers } from '../rpc/handlers';
import type { CatalogRefresher } from './catalog-refresher';
import type { CatalogService } from './catalog-service';

export function catalogHandlers(
  catalog: CatalogService,
  refresher: CatalogRefresher,
): PartialHandlers<'catalog.fields' | 'catalog.search' | 'catalog.procedure' | 'catalog.info' | 'catalog.refresh'> {
  return {
    'catalog.fields': () => ({ fields: catalog.fields() }),
    'catalog.search': ({ query, field, limit }) => catalog.search(query, { limit, ...(field ? { field } : {}) }),
    'catalog.procedure': ({ code }) => catalog.procedure(code),
    'catalog.info': () => catalog.info(),
    'catalog.refresh': async () => {
      const result = await refresher.refreshNow();
      return { outcome: result.outcome, message: result.message, info: catalog.info() };
    },
  };
}
