import '../screens/catalog/catalog-screens';
import '../screens/dossiers/dossier-screens';
import '../screens/tickets/ticket-screens';
import { currentRoute, useNavigation } from '../stores/navigation-store';
import { useIdCard } from './id-card-store';
import { useScanFeedback } from './scan-feedback-store';
import { registerScanRoute } from './scan-router';

/**
 * What each kind of scan does:
 * - `procedure` opens the procedure (`catalog.procedure`).
 * - `cccd`: the card is kept for the dossier form to fill in (see `id-card-store.ts`).
 * - `dossier` opens the dossier's status (`dossier.status`).
 * - `ticket` (the QR printed on a queue ticket) opens that ticket's status (`ticket.issued`).
 */
export function registerScanRoutes(): void {
  registerScanRoute('procedure', (scan) => {
    useScanFeedback.getState().dismiss();
    const nav = useNavigation.getState();
    const here = currentRoute(nav);
    // The same code scanned twice (a second beep) must not stack the same screen twice.
    if (here.screen === 'catalog.procedure' && here.params.code === scan.code) return;
    nav.go('catalog.procedure', { code: scan.code });
  });
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
  // A ticket's QR opens how that ticket stands now (people ahead, called or not).
  registerScanRoute('ticket', (scan) => {
    useScanFeedback.getState().dismiss();
    const nav = useNavigation.getState();
    const ref = { kiosk: scan.kiosk, day: scan.day, number: scan.number };
    const top = nav.stack[nav.stack.length - 1];
    if (top?.screen === 'ticket.issued') nav.replace('ticket.issued', { ref });
    else nav.go('ticket.issued', { ref });
  });
}
