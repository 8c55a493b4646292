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
 * no longer on screen (an older, slower answer never overwrites a newer one). A screen that opens
 * with a query already there (Back from a procedure), or Retry, asks at once: nobody is typing, and the wait
 * was most of the time Back took to show the list again (bench:tap).
 */
export function useCatalogSearch(query: string, options: Readonly<{ field?: string; limit?: number; enabled?: boolean }> = {}) {
  const api = useApi();
  const [state, setState] = useState<SearchState>({ status: 'idle', hits: [], total: 0 });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const asked = useRef<string | null>(null);
  const { field, limit = 40, enabled = true } = options;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the request when the citizen taps Retry
  useEffect(() => {
    if (!enabled) return;
    const id = ++latest.current;
    // Only a query that changed since the last request is still being typed.
    const wait = asked.current !== null && asked.current !== query && query !== '' ? DEBOUNCE_MS : 0;
    asked.current = query;
    setState((s) => ({ ...s, status: 'loading' }));
    const timer = setTimeout(() => {
      api.call('catalog.search', { query, limit, ...(field ? { field } : {}) }).then(
        (r) => {
          if (latest.current === id) setState({ status: 'done', hits: r.hits, total: r.total });
        },
        () => {
          if (latest.current === id) setState({ status: 'error', hits: [], total: 0 });
        },
      );
    }, wait);
    return () => clearTimeout(timer);
  }, [api, query, field, limit, enabled, attempt]);

  return { ...state, retry: () => setAttempt((n) => n + 1) };
}
