import type { DeviceListing, PrintOutcome } from '../api/channels/devices';
import type { ScanSource } from '../api/channels/scan';
import type { DeviceHealth, DeviceKind } from './device-health';
import type { DeviceSettings } from './device-settings';
import type { PrintDocument } from './printer/print-document';
import type { PrintHooks } from './printer/printer-service';

/** A scan from any source (serial scanner, keyboard wedge, camera, ID reader), before classification. */
export interface RawScan {
  readonly source: ScanSource;
  readonly payload: string;
  readonly at: string;
}

/**
 * What core needs from the hardware layer, and all it may know of it. The DeviceManager
 * implements this; tests pass a fake or the emulator-backed manager. The optional members are
 * for technicians and configuration; a fake may leave them out.
 */
export interface Devices {
  /**
   * Prints now, or keeps the job and prints it when the printer returns (paper loaded, cable back).
   * A job is handed to the printer at most once (`hooks.onHandOff` says when); one that went out
   * unconfirmed ends `failed` and is never resent. Rejects with a `DeviceError` only when the job
   * cannot even be kept (no printer configured, queue full).
   */
  print(doc: PrintDocument, hooks?: PrintHooks): Promise<PrintOutcome>;
  health(): readonly DeviceHealth[];
  onHealth(listener: (health: DeviceHealth) => void): () => void;
  onScan(listener: (scan: RawScan) => void): () => void;
  /**
   * Cards read by an ID reader, already turned by its driver into the text of the card's QR
   * (`id|oldId|name|ddmmyyyy|Nam|address|ddmmyyyy`), so one classifier reads cards from any source.
   */
  onIdCard(listener: (payload: string) => void): () => void;
  /** Applies settings (from config) live: only devices whose settings changed are reopened. */
  configure?(settings: DeviceSettings): void;
  /** Serial ports found and each configured device with its health. */
  list?(): Promise<DeviceListing>;
  /** Prints a document and, when the printer is the emulator, returns what came out as PNG. */
  testPrint?(doc: PrintDocument): Promise<{ outcome: PrintOutcome; preview?: Uint8Array }>;
  close(): Promise<void>;
}

export type { DeviceHealth, DeviceKind, PrintDocument, PrintHooks, PrintOutcome };
