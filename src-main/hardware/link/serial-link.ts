import { existsSync } from 'node:fs';
import { SerialPort } from 'serialport';
import { DeviceError } from '../device-error';
import { type ByteLink, LinkBase, withTimeout } from './byte-link';

/** How often an open port's device name is checked for: an unplugged adapter's name goes away. */
const PRESENCE_CHECK_MS = 500;

/**
 * A serial port (USB-serial adapter, COM port, or a pseudo-terminal in tests). Writes wait for
 * `drain` (tcdrain), so a job counts as sent only when the bytes have left the machine.
 *
 * An unplugged adapter usually shows as a read error, then a close. Not always: a terminal that
 * was hung up can answer reads with zero bytes, which serialport reads again without end and never
 * reports. So while the port is open its device name is checked for too, and its going away
 * closes the port as disconnected.
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
    let vanished = false;
    const presence = setInterval(() => {
      if (existsSync(this.path) || !port.isOpen) return;
      vanished = true;
      port.close();
    }, PRESENCE_CHECK_MS);
    presence.unref();
    port.once('close', (err?: Error & { disconnected?: boolean }) => {
      clearInterval(presence);
      if (this.port === port) this.port = null;
      this.closed(err?.disconnected || vanished ? 'disconnected' : (err?.message ?? 'closed'));
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
