import type { DeviceHealth, DeviceKind } from './device-health';
import type { PrintDocument } from './printer/print-document';

/** A scan from any source (serial scanner, keyboard wedge, camera), before classification. */
export interface RawScan {
  readonly source: 'serial' | 'wedge' | 'camera' | 'cli';
  readonly payload: string;
  readonly at: string;
}

/** Outcome of a print job: printed now, or kept and retried when the printer returns. */
export interface PrintOutcome {
  readonly jobId: string;
  readonly state: 'printed' | 'queued';
  /** Why it is queued, for the citizen screen (`no-paper`, `offline`, …). */
  readonly reason?: DeviceHealth['state'];
}

/**
 * What core needs from the hardware layer, and all it may know of it. The DeviceManager
 * implements this; tests pass a fake or the emulator-backed manager.
 */
export interface Devices {
  print(doc: PrintDocument): Promise<PrintOutcome>;
  health(): readonly DeviceHealth[];
  onHealth(listener: (health: DeviceHealth) => void): () => void;
  onScan(listener: (scan: RawScan) => void): () => void;
  /** Cards read by an ID reader, already parsed by the reader's driver. */
  onIdCard(listener: (payload: string) => void): () => void;
  close(): Promise<void>;
}

export type { DeviceHealth, DeviceKind, PrintDocument };
