import { create } from 'zustand';
import type { ChipIdentity } from '../../../src-main/api/channels/cards';
import { useIdCard } from '../../scan/id-card-store';
import { registerSessionReset } from '../../stores/session-reset';

/** What the chip said for the card scanned in this visit. */
export interface ChipResult {
  readonly identity: ChipIdentity;
  /** Passive authentication passed: the data is the issuing state's, unchanged. */
  readonly verified: boolean;
  /** DG2's face as a data: URL; shown during this visit only, never stored. */
  readonly photo: string | null;
  readonly readAt: number;
}

interface ChipState {
  result: ChipResult | null;
  set(result: ChipResult): void;
  clear(): void;
}

/**
 * The chip read of this visit (personal data and the photo: memory only). Forgotten with the QR
 * card it belongs to, and when the visit ends.
 */
export const useChipRead = create<ChipState>((set) => ({
  result: null,
  set: (result) => set({ result }),
  clear: () => set({ result: null }),
}));

/** The chip's data when it is verified and belongs to the card scanned, else null. */
export function verifiedChipFor(result: ChipResult | null, idNumber: string | undefined): ChipResult | null {
  return result?.verified && idNumber !== undefined && result.identity.idNumber === idNumber ? result : null;
}

useIdCard.subscribe((state) => {
  if (!state.card) useChipRead.getState().clear();
});
registerSessionReset(
  'cards.chip',
  () => useChipRead.getState().clear(),
  () => useChipRead.getState().result,
);
