import type { X509Certificate } from 'node:crypto';
import type { KeyCandidate } from './cccd/access-keys';
import type { ChipRead, ChipStep } from './cccd/read-cccd-chip';
import type { PcscEvent, PcscReaderState } from './pcsc-card-reader';

/**
 * What core needs of a chip reader (PcscCardReader implements it; tests may pass it too):
 * the readers and their cards, their events, and a read. `start` throws a ChipError with code
 * `reader-error` when PC/SC is not there (binding missing, pcscd not running).
 */
export interface ChipReader {
  start(): void;
  list(): PcscReaderState[];
  readerWithCard(): string | null;
  onEvent(listener: (event: PcscEvent) => void): () => void;
  read(
    candidates: readonly KeyCandidate[],
    options: { trusted: readonly X509Certificate[]; onStep?: (step: ChipStep) => void; readerName?: string; skipFace?: boolean },
  ): Promise<ChipRead>;
  stop(): void;
}

export { accessKeyCandidates } from './cccd/access-keys';
export { ChipError } from './emrtd/chip-error';
export { parseTd1 } from './emrtd/dg1';
export type { ChipRead, ChipStep, KeyCandidate, PcscEvent, PcscReaderState };
