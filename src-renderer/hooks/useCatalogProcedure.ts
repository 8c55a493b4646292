import { useEffect, useState } from 'react';
import type { CatalogField, Procedure } from '../../src-main/api/channels/catalog';
import type { ErrorCode } from '../../src-main/api/errors';
import { useApi } from '../api/api-context';
import { ApiCallError } from '../api/api-error';

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
const recent = new Map<string, { result: CatalogProcedure; json: string }>();
const KEEP = 8;

function remember(code: string, result: CatalogProcedure): boolean {
  const json = JSON.stringify(result);
  const changed = recent.get(code)?.json !== json;
  recent.delete(code);
  recent.set(code, { result, json });
  if (recent.size > KEEP) recent.delete(recent.keys().next().value as string);
  return changed;
}

/** One catalog procedure and its field; `attempt` asks again (Retry). */
export function useCatalogProcedure(code: string, attempt = 0): { result: CatalogProcedure | null; error: ErrorCode | null } {
  const api = useApi();
  const [state, setState] = useState<{ code: string; result: CatalogProcedure | null; error: ErrorCode | null }>(() => ({
    code,
    result: recent.get(code)?.result ?? null,
    error: null,
  }));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` asks again when the citizen taps Retry
  useEffect(() => {
    let live = true;
    const known = recent.get(code)?.result ?? null;
    setState((s) => (s.code === code && s.result === known && s.error === null ? s : { code, result: known, error: null }));
    api.call('catalog.procedure', { code }).then(
      (r) => {
        if (remember(code, r) && live) setState({ code, result: r, error: null });
      },
      (e: unknown) => live && setState({ code, result: null, error: e instanceof ApiCallError ? e.code : 'internal' }),
    );
    return () => {
      live = false;
    };
  }, [api, code, attempt]);
  return state.code === code ? state : { result: recent.get(code)?.result ?? null, error: null };
}
