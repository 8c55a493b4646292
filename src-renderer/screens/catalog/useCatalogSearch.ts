import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../src-main/api/channels/catalog';
import { useApi } from '../../api/api-context';

export type SearchState =
  | { readonly status: 'idle' | 'loading'; readonly hits: readonly SearchHit[]; readonly total: number }
  | { readonly status: 'done'; readonly hits: readonly SearchHit[]; readonly total: number }
  | { readonly status: 'error'; readonly hits: readonly SearchHit[]; readonly total: number };

const DEBOUNCE_MS = 120;

/**
 * Results as you type: waits a moment after the last key, and drops answers to queries that are
 * no longer on screen (an older, slower answer never overwrites a newer one).
 */
export function useCatalogSearch(query: string, options: Readonly<{ field?: string; limit?: number; enabled?: boolean }> = {}) {
  const api = useApi();
  const [state, setState] = useState<SearchState>({ status: 'idle', hits: [], total: 0 });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const { field, limit = 40, enabled = true } = options;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the request when the citizen taps Retry
  useEffect(() => {
    if (!enabled) return;
    const id = ++latest.current;
    setState((s) => ({ ...s, status: 'loading' }));
    const timer = setTimeout(
      () => {
        api.call('catalog.search', { query, limit, ...(field ? { field } : {}) }).then(
          (r) => {
            if (latest.current === id) setState({ status: 'done', hits: r.hits, total: r.total });
          },
          () => {
            if (latest.current === id) setState({ status: 'error', hits: [], total: 0 });
          },
        );
      },
      query === '' ? 0 : DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [api, query, field, limit, enabled, attempt]);

  return { ...state, retry: () => setAttempt((n) => n + 1) };
}
