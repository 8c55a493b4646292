import { SerialPort } from 'serialport';
import { DeviceError } from '../device-error';
import { type ByteLink, LinkBase, withTimeout } from './byte-link';

/**
 * A serial port (USB-serial adapter, COM port, or a pseudo-terminal in tests). Writes wait for
 * `drain` (tcdrain), so a job counts as sent only when the bytes have left the machine.
 */
export class SerialLink extends LinkBase implements ByteLink {
  readonly canRead = true;
  private port: SerialPort | null = null;

  constructor(
    private readonly path: string,
    private readonly baudRate: number,
  ) {
    super();
  }

  get description(): string {
    return `serial ${this.path} @ ${this.baudRate}`;
  }

  get isOpen(): boolean {
    return this.port?.isOpen === true;
  }

  async open(): Promise<void> {
    if (this.isOpen) return;
    const port = new SerialPort({ path: this.path, baudRate: this.baudRate, autoOpen: false });
    await new Promise<void>((resolve, reject) => {
      port.open((err) => (err ? reject(new DeviceError('offline', `${this.description}: ${err.message}`)) : resolve()));
    });
    this.port = port;
    port.on('data', (chunk: Buffer) => this.received(chunk));
    // An unplugged adapter or a vanished pty shows up as an error, then a close.
    port.on('error', () => undefined);
    port.once('close', (err?: Error & { disconnected?: boolean }) => {
      if (this.port === port) this.port = null;
      this.closed(err?.disconnected ? 'disconnected' : (err?.message ?? 'closed'));
    });
  }

  write(bytes: Uint8Array, timeoutMs: number): Promise<void> {
    const port = this.port;
    if (!port?.isOpen) return Promise.reject(new DeviceError('offline', `${this.description} is not open`));
    const sent = new Promise<void>((resolve, reject) => {
      port.write(Buffer.from(bytes), (err) => {
        if (err) reject(new DeviceError('disconnected', `${this.description}: ${err.message}`));
      });
      port.drain((err) => (err ? reject(new DeviceError('disconnected', `${this.description}: ${err.message}`)) : resolve()));
    });
    return withTimeout(sent, timeoutMs, `writing to ${this.description}`);
  }

  async close(): Promise<void> {
    const port = this.port;
    this.port = null;
    if (!port?.isOpen) return;
    await new Promise<void>((resolve) => port.close(() => resolve()));
  }
}
