import { useEffect, useState } from 'react';
import type { Procedure } from '../../../src-main/api/channels/catalog';
import type { ErrorCode } from '../../../src-main/api/errors';
import { useApi } from '../../api/api-context';
import { ApiCallError } from '../../api/api-error';

/** One catalog procedure, loaded once for the dossier flow. */
export function useProcedure(code: string): { procedure: Procedure | null; error: ErrorCode | null } {
  const api = useApi();
  const [procedure, setProcedure] = useState<Procedure | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  useEffect(() => {
    let live = true;
    api.call('catalog.procedure', { code }).then(
      (r) => live && setProcedure(r.procedure),
      (e: unknown) => live && setError(e instanceof ApiCallError ? e.code : 'internal'),
    );
    return () => {
      live = false;
    };
  }, [api, code]);
  return { procedure, error };
}

/** Procedures a citizen may submit here: the catalog lists online submission for them. */
export function acceptsKioskSubmission(p: Pick<Procedure, 'submission'>): boolean {
  return p.submission.channels.includes('online');
}
