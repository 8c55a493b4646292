import { create } from 'zustand';
import { useNavigation } from '../../stores/navigation-store';
import { registerSessionStore } from '../../stores/session-reset';

/**
 * What was typed in each catalog search box, so that coming Back from a procedure shows the same
 * results. Forgotten as soon as the kiosk is back on the home screen (the next visitor starts clean).
 */
interface CatalogUiState {
  queries: Record<string, string>;
  setQuery(key: string, query: string): void;
}

export const useCatalogUi = create<CatalogUiState>((set) => ({
  queries: {},
  setQuery: (key, query) => set((s) => ({ queries: { ...s.queries, [key]: query } })),
}));

useNavigation.subscribe((nav) => {
  if (nav.stack.length <= 1 && Object.keys(useCatalogUi.getState().queries).length > 0) useCatalogUi.setState({ queries: {} });
});

/** A key per place in the navigation stack, so two search screens in one visit keep their own text. */
export function queryKey(screen: string, depth: number, extra = ''): string {
  return `${depth}:${screen}:${extra}`;
}

// What a visitor searched for goes with the visit, even if it ends away from the home screen.
registerSessionStore('catalog.ui', useCatalogUi);
