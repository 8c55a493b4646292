import { type Clock, systemClock } from '../../api/center-clock';
import { errorMessage } from '../../api/error-message';
import { DeviceError } from '../device-error';
import type { DeviceHealth } from '../device-health';
import type { ByteLink } from '../link/byte-link';
import { FileLink } from '../link/file-link';
import { EscPosEncoder } from './escpos-encoder';
import type { PrintDocument } from './print-document';
import type { PrinterProfile } from './printer-profile';
import { readEscPosStatus, type StatusReading } from './printer-status';
import type { ReceiptPrinter } from './receipt-printer';

export interface EscPosPrinterOptions {
  readonly statusTimeoutMs?: number;
  /** Serial speed in use, to allow enough time for a big raster job to drain. */
  readonly baudRate?: number;
  readonly clock?: Clock;
  /** How long the printer may take to confirm a job it was sent (status asked again meanwhile). */
  readonly confirmMs?: number;
}

const CODE_FOR_STATE: Partial<Record<DeviceHealth['state'], 'offline' | 'no-paper' | 'io'>> = {
  offline: 'offline',
  'no-paper': 'no-paper',
  error: 'io',
};

/** A receipt printer speaking ESC/POS or Star Line Mode over any link. */
export class EscPosPrinter implements ReceiptPrinter {
  private readonly encoder: EscPosEncoder;
  private readonly statusTimeoutMs: number;
  private readonly clock: Clock;

  constructor(
    private readonly link: ByteLink,
    private readonly profile: PrinterProfile,
    private readonly options: EscPosPrinterOptions = {},
  ) {
    this.encoder = new EscPosEncoder(profile);
    this.statusTimeoutMs = options.statusTimeoutMs ?? 800;
    this.clock = options.clock ?? systemClock;
  }

  /** Opens the link if needed and reads what the printer says of itself. */
  async read(): Promise<StatusReading> {
    if (this.link instanceof FileLink && !this.link.stillThere()) {
      await this.link.close();
      return { state: 'offline', reason: `${this.link.description} is gone (unplugged?)` };
    }
    try {
      await this.link.open();
    } catch (err) {
      return { state: 'offline', reason: errorMessage(err) };
    }
    if (this.profile.status === 'dle-eot' && this.link.canRead) return readEscPosStatus(this.link, this.statusTimeoutMs);
    return { state: 'ready', reason: 'this printer does not report paper status' };
  }

  async status(): Promise<DeviceHealth> {
    const r = await this.read();
    return { kind: 'printer', state: r.state, ...(r.reason ? { reason: r.reason } : {}), since: this.clock.now().toISOString() };
  }

  async print(doc: PrintDocument, onHandOff?: () => void): Promise<void> {
    const bytes = await this.encoder.encode(doc);
    const before = await this.read();
    const refusal = CODE_FOR_STATE[before.state];
    if (refusal) throw new DeviceError(refusal, before.reason ?? before.state);
    onHandOff?.();
    await this.link.write(bytes, this.writeTimeoutMs(bytes.length));
    // Written is not received: a socket takes the bytes before the printer does. A real-time
    // status answer after the job proves the link still reaches the printer; without one the job
    // may be torn, or the printer may only be slow to answer (busy cutting, a full buffer): the
    // caller cannot tell, so it reports the job unconfirmed and never sends it again.
    if (this.profile.status === 'dle-eot' && this.link.canRead) await this.confirm();
  }

  /**
   * Asks again while the link stays open: a printer busy cutting, or a host too loaded to read its
   * answer in time, answers late rather than never, and a job left unconfirmed is not resent.
   */
  private async confirm(): Promise<void> {
    const deadline = this.clock.now().getTime() + (this.options.confirmMs ?? 4000);
    for (;;) {
      const after = await readEscPosStatus(this.link, this.statusTimeoutMs);
      if (after.state !== 'offline') return;
      if (!this.link.isOpen || this.clock.now().getTime() >= deadline)
        throw new DeviceError('disconnected', `printer stopped answering during the job: ${after.reason ?? ''}`);
    }
  }

  /** Ten bits a byte on the wire, three times over for slow adapters, plus a fixed allowance. */
  private writeTimeoutMs(length: number): number {
    const baud = this.options.baudRate ?? 115_200;
    return 5000 + Math.ceil(((length * 10) / baud) * 1000 * 3);
  }

  /** The bytes a document becomes on this printer, without sending them (previews, size checks). */
  encode(doc: PrintDocument): Promise<Buffer> {
    return this.encoder.encode(doc);
  }

  async close(): Promise<void> {
    await this.link.close();
  }
}
