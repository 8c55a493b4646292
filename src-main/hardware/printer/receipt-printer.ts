import type { DeviceHealth } from '../device-health';
import type { PrintDocument } from './print-document';

/**
 * A receipt printer as core sees it. `print` resolves once the bytes have left for the device
 * (drained, not merely queued); it rejects with a `DeviceError` whose `code` says why.
 */
export interface ReceiptPrinter {
  print(doc: PrintDocument): Promise<void>;
  /** Real-time status where the command set offers it; otherwise the last known state. */
  status(): Promise<DeviceHealth>;
  close(): Promise<void>;
}
