import type { Procedure } from '../../../src-main/api/channels/catalog';
import type { ErrorCode } from '../../../src-main/api/errors';
import { useCatalogProcedure } from '../../hooks/useCatalogProcedure';

/** One catalog procedure for the dossier flow: at once when its page was just shown. */
export function useProcedure(code: string): { procedure: Procedure | null; error: ErrorCode | null } {
  const { result, error } = useCatalogProcedure(code);
  return { procedure: result?.procedure ?? null, error };
}

/** Procedures a citizen may submit here: the catalog lists online submission for them. */
export function acceptsKioskSubmission(p: Pick<Procedure, 'submission'>): boolean {
  return p.submission.channels.includes('online');
}
