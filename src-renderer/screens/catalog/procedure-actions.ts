import type { Procedure } from '../../../src-main/api/channels/catalog';
import type { IconName } from '../../components/Icon';
import { useNavigation } from '../../stores/navigation-store';
import { startDossierAction } from '../dossiers/dossier-procedure-action';

/**
 * The primary buttons on a procedure's page. Other features add their entry here, for example:
 *
 *   { id: 'dossier.start', labelKey: 'dossiers:start', icon: 'check',
 *     isAvailable: (p) => p.submission.channels.includes('online') && p.formFields.length > 0,
 *     open: (p) => nav().go('dossier.form', { code: p.code }) },
 *
 * Buttons appear in this order; one whose `isAvailable` is false is not shown.
 */
export interface ProcedureAction {
  readonly id: string;
  /** i18next key with its namespace (`dossiers:start`). */
  readonly labelKey: string;
  readonly icon?: IconName;
  isAvailable(procedure: Procedure): boolean;
  open(procedure: Procedure): void;
}

const nav = () => useNavigation.getState();

export const procedureActions: readonly ProcedureAction[] = [
  startDossierAction,
  {
    // Any procedure can be handed in at the desk: its field leads to the queue that serves it.
    id: 'ticket.take',
    labelKey: 'tickets:procedure.take',
    icon: 'ticket',
    isAvailable: () => true,
    open: (p) => nav().go('ticket.services', { fieldId: p.field }),
  },
];
