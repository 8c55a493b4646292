import type { DeviceListing, PrintOutcome } from '../api/channels/devices';
import type { ScanSource } from '../api/channels/scan';
import type { DeviceHealth, DeviceKind } from './device-health';
import type { DeviceSettings } from './device-settings';
import type { PrintDocument } from './printer/print-document';

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
   * Sends one job to the printer now, once: resolves when the printer confirmed it, rejects with
   * a `DeviceError` whose code says why not. `onHandOff` is called just before the first byte
   * goes out; a job that fails after it may have printed and must never be sent again. Keeping
   * jobs and trying again is the kiosk's one print queue (`core/printing`), not the device's.
   */
  print(doc: PrintDocument, onHandOff?: () => void): Promise<void>;
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
  /** When the printer is the emulator: the next page it prints, as PNG (null otherwise). */
  nextPagePng?(timeoutMs: number): Promise<Uint8Array | null> | null;
  close(): Promise<void>;
}

export type { DeviceHealth, DeviceKind, PrintDocument, PrintOutcome };
