import '../screens/catalog/catalog-screens';
import { currentRoute, useNavigation } from '../stores/navigation-store';
import { useIdCard } from './id-card-store';
import { useScanFeedback } from './scan-feedback-store';
import { registerScanRoute } from './scan-router';

/**
 * What each kind of scan does. Only kinds whose screens exist are registered:
 * - `procedure` opens the procedure (`catalog.procedure`).
 * - `cccd`: the card is kept for the dossier form to fill in (see `id-card-store.ts`).
 * - `dossier` → screen `dossier.status` {code} is registered here once that screen is on main:
 *   `registerScanRoute('dossier', (scan) => useNavigation.getState().go('dossier.status', { code: scan.code }))`.
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
}
