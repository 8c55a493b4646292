import type { Procedure } from '../../../src-main/api/channels/catalog';
import { useNavigation } from '../../stores/navigation-store';
import { acceptsKioskSubmission } from './useProcedure';

/**
 * The "Submit a dossier" button on a procedure's page, for the catalog's action registry
 * (`src-renderer/screens/catalog/procedure-actions.ts`): shown for procedures the catalog lists as
 * submittable online.
 */
export const startDossierAction = {
  id: 'dossier.start',
  labelKey: 'dossiers:entry.start',
  icon: 'dossier',
  isAvailable: (p: Procedure): boolean => acceptsKioskSubmission(p),
  open: (p: Procedure): void => useNavigation.getState().go('dossier.form', { procedureCode: p.code }),
} as const;
