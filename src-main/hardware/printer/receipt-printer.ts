import type { DeviceHealth } from '../device-health';
import type { PrintDocument } from './print-document';

/**
 * A receipt printer as core sees it. `print` resolves once the bytes have left for the device
 * (drained, not merely queued); it rejects with a `DeviceError` whose `code` says why.
 * `onHandOff` is called just before the first byte goes out: from then on the paper may come out,
 * so a caller that saw it must never send the same job again (at most once per job).
 */
export interface ReceiptPrinter {
  print(doc: PrintDocument, onHandOff?: () => void): Promise<void>;
  /** Real-time status where the command set offers it; otherwise the last known state. */
  status(): Promise<DeviceHealth>;
  close(): Promise<void>;
}
