import type { ApiClient } from '../../api/api-client';
import { useIdCard } from '../../scan/id-card-store';
import { useScanFeedback } from '../../scan/scan-feedback-store';
import { useKiosk } from '../../stores/kiosk-store';
import { currentRoute, useNavigation } from '../../stores/navigation-store';
import './cards-screens';

/**
 * After a CCCD QR scan, when the kiosk has a chip reader, opens "place the card on the reader":
 * the chip gives the same data signed by the state. Without a reader, or for staff and
 * technicians, nothing changes.
 */
export function offerChipAfterQrScan(api: ApiClient): () => void {
  return useIdCard.subscribe((state, previous) => {
    if (!state.card || state.readAt === previous.readAt) return;
    // Staff and technicians scan cards on their own screens (tests, queues): not taken away.
    if (useKiosk.getState().role !== 'citizen') return;
    api.call('cards.available', {}).then(
      ({ available }) => {
        const nav = useNavigation.getState();
        if (!available || currentRoute(nav).screen === 'cards.chip') return;
        // The chip screen says what happens next; the "card read" note would only cover it.
        useScanFeedback.getState().dismiss();
        nav.go('cards.chip', {});
      },
      () => undefined,
    );
  });
}
