import { useEffect, useState } from 'react';
import type { CatalogField, Procedure } from '../../src-main/api/channels/catalog';
import type { ErrorCode } from '../../src-main/api/errors';
import { useApi } from '../api/api-context';
import { ApiCallError } from '../api/api-error';
import { RecentAnswers } from '../api/recent-answers';

export interface CatalogProcedure {
  readonly procedure: Procedure;
  readonly field: CatalogField;
}

/**
 * The last procedures shown, kept as the core gave them. Opening one again (Back, then the same
 * row) or starting its dossier draws at once instead of waiting for the same answer again
 * (bench:tap); the core is still asked and a changed answer replaces the one shown. Catalog text
 * only: nothing of the visitor's.
 */
const recent = new RecentAnswers<CatalogProcedure>(8);

/** One catalog procedure and its field; `attempt` asks again (Retry). */
export function useCatalogProcedure(code: string, attempt = 0): { result: CatalogProcedure | null; error: ErrorCode | null } {
  const api = useApi();
  const [state, setState] = useState<{ code: string; result: CatalogProcedure | null; error: ErrorCode | null }>(() => ({
    code,
    result: recent.get(code) ?? null,
    error: null,
  }));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` asks again when the citizen taps Retry
  useEffect(() => {
    let live = true;
    const known = recent.get(code) ?? null;
    setState((s) => (s.code === code && s.result === known && s.error === null ? s : { code, result: known, error: null }));
    api.call('catalog.procedure', { code }).then(
      (r) => {
        if (recent.set(code, r) && live) setState({ code, result: r, error: null });
      },
      (e: unknown) => live && setState({ code, result: null, error: e instanceof ApiCallError ? e.code : 'internal' }),
    );
    return () => {
      live = false;
    };
  }, [api, code, attempt]);
  return state.code === code ? state : { result: recent.get(code) ?? null, error: null };
}
