import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ElsewhereEntry, SearchHit } from '../../../src-main/api/channels/catalog';
import { useApi } from '../../api/api-context';
import { RecentAnswers } from '../../api/recent-answers';
import { registerSessionReset } from '../../stores/session-reset';

/** A place where something the catalog does not handle is done (shown when nothing here matches). */
export type ElsewherePlace = Omit<ElsewhereEntry, 'keywords'>;

interface Found {
  readonly hits: readonly SearchHit[];
  readonly total: number;
  readonly elsewhere?: readonly ElsewherePlace[];
}

export type SearchState =
  | ({ readonly status: 'idle' | 'loading' } & Found)
  | ({ readonly status: 'done' } & Found)
  | ({ readonly status: 'error' } & Found);

const DEBOUNCE_MS = 120;

interface Answer extends Found {
  /** The request this answers: query, field, limit and attempt. */
  readonly asked: string;
  readonly status: 'idle' | 'done' | 'error';
}

/**
 * The last answers, by query, field and limit: Back from a procedure draws its list at once
 * instead of after a round trip (bench:tap). Asked again all the same; kept until the visit ends.
 */
const answered = new RecentAnswers<Found>(8);
registerSessionReset(
  'catalog.search',
  () => answered.clear(),
  () => answered.keys(),
);

/**
 * Results as you type: waits a moment after the last key, and drops answers to queries that are
 * no longer on screen (an older, slower answer never overwrites a newer one). A screen that opens
 * with a query already there (Back from a procedure), or Retry, asks at once: nobody is typing, and the wait
 * was most of the time Back took to show the list again (bench:tap).
 *
 * While a newer query's answer is on its way the state says `loading` with the last answer's
 * hits, without a render of its own; the answer is drawn as a transition, which a key tapped
 * meanwhile interrupts (bench:tap). The returned object only changes when what it says does.
 */
export function useCatalogSearch(query: string, options: Readonly<{ field?: string; limit?: number; enabled?: boolean }> = {}) {
  const api = useApi();
  const [attempt, setAttempt] = useState(0);
  const { field, limit = 40, enabled = true } = options;
  const request = JSON.stringify([query, field ?? null, limit]);
  const asked = `${request}#${attempt}`;
  const [answer, setAnswer] = useState<Answer>(() => {
    const known = answered.get(request);
    return known ? { asked, status: 'done', ...known } : { asked: '', status: 'idle', hits: [], total: 0 };
  });
  const latest = useRef(0);
  const lastQuery = useRef<string | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const id = ++latest.current;
    // Only a query that changed since the last request is still being typed.
    const wait = lastQuery.current !== null && lastQuery.current !== query && query !== '' ? DEBOUNCE_MS : 0;
    lastQuery.current = query;
    const timer = setTimeout(() => {
      api.call('catalog.search', { query, limit, ...(field ? { field } : {}) }).then(
        (r) => {
          const found: Found = { hits: r.hits, total: r.total, ...(r.elsewhere ? { elsewhere: r.elsewhere } : {}) };
          const changed = answered.set(request, found);
          if (latest.current !== id) return;
          // The same answer as the one on screen (Back) is not drawn again.
          startTransition(() =>
            setAnswer((a) => (!changed && a.asked === asked && a.status === 'done' ? a : { asked, status: 'done', ...found })),
          );
        },
        () => {
          if (latest.current === id) setAnswer({ asked, status: 'error', hits: [], total: 0 });
        },
      );
    }, wait);
    return () => clearTimeout(timer);
  }, [api, asked, request, query, field, limit, enabled]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current = answer.asked === asked;
  const status: SearchState['status'] = current ? answer.status : enabled ? 'loading' : 'idle';
  return useMemo(
    () =>
      ({
        status,
        hits: answer.hits,
        total: answer.total,
        ...(answer.elsewhere ? { elsewhere: answer.elsewhere } : {}),
        retry,
      }) as SearchState & { retry(): void },
    [status, answer, retry],
  );
}
