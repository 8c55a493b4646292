import { useNavigation } from '../stores/navigation-store';
import { useIdCard } from './id-card-store';
import { useScanFeedback } from './scan-feedback-store';
import { registerScanRoute } from './scan-router';

/**
 * What each kind of scan does. Only kinds whose screens exist are registered:
 * - `cccd`: the card is kept for the dossier form to fill in (see `id-card-store.ts`).
 * - `procedure` → screen `catalog.procedure` {code} and `dossier` → screen `dossier.status` {code}
 *   are registered here once those screens are on main, e.g.
 *   `registerScanRoute('procedure', (scan) => useNavigation.getState().go('catalog.procedure', { code: scan.code }))`.
 */
export function registerScanRoutes(): void {
  registerScanRoute('cccd', (scan) => {
    useIdCard.getState().setCard(scan);
    useScanFeedback.getState().show({ messageKey: 'feedback.cardRead', tone: 'ok', offerClearCard: true });
  });
  // A receipt's QR opens the dossier's status (replacing a status already shown, so Back stays short).
  registerScanRoute('dossier', (scan) => {
    const nav = useNavigation.getState();
    const top = nav.stack[nav.stack.length - 1];
    if (top?.screen === 'dossier.status') nav.replace('dossier.status', { code: scan.code });
    else nav.go('dossier.status', { code: scan.code });
  });
}
