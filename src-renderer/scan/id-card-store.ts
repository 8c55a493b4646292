import { create } from 'zustand';
import { systemClock } from '../../src-main/api/center-clock';
import type { CccdScan } from '../../src-main/api/channels/scan';
import { registerSessionReset } from '../stores/session-reset';

/** A card read is kept only this long: the citizen who scanned it may have walked away. */
export const CARD_KEEP_MS = 5 * 60_000;

interface IdCardState {
  /** The last citizen ID card read (QR or chip reader); personal data, so cleared at the end of a visit. */
  card: CccdScan | null;
  readAt: number | null;
  setCard(card: CccdScan): void;
  clear(): void;
}

let expiry: ReturnType<typeof setTimeout> | null = null;

/**
 * The last citizen ID card scanned, for forms to fill in (the dossier form takes name, ID number,
 * date of birth and address from here). Never persisted; cleared by `clearScannedCard()` (idle
 * reset, going home) and on its own after `CARD_KEEP_MS`.
 */
export const useIdCard = create<IdCardState>((set) => ({
  card: null,
  readAt: null,
  setCard: (card) => {
    if (expiry) clearTimeout(expiry);
    expiry = setTimeout(() => set({ card: null, readAt: null }), CARD_KEEP_MS);
    set({ card, readAt: systemClock.now().getTime() });
  },
  clear: () => {
    if (expiry) clearTimeout(expiry);
    expiry = null;
    set({ card: null, readAt: null });
  },
}));

/** For the idle reset and anyone ending a visit: forgets the card read. */
export function clearScannedCard(): void {
  useIdCard.getState().clear();
}

// The end of a visit (idle timeout, "end my session") forgets the card with everything else.
registerSessionReset('scan.idCard', clearScannedCard, () => useIdCard.getState());
