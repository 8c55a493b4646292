import { connect, type Socket } from 'node:net';
import { DeviceError } from '../device-error';
import { type ByteLink, LinkBase, withTimeout } from './byte-link';

/** Parses `host`, `host:port` or `tcp://host:port`; raw printing listens on 9100 by default. */
export function parseTcpAddress(address: string): { host: string; port: number } {
  const text = address
    .trim()
    .replace(/^tcp:\/\//i, '')
    .replace(/\/$/, '');
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(text);
  const port = Number(m?.[2] ?? 9100);
  if (!m?.[1] || port < 1 || port > 65535) throw new DeviceError('not-configured', `not a host:port address: ${address}`);
  return { host: m[1].replace(/^\[|\]$/g, ''), port };
}

/** A network printer's raw port. The connection is kept and opened again when the printer drops it. */
export class TcpLink extends LinkBase implements ByteLink {
  readonly canRead = true;
  private socket: Socket | null = null;
  private readonly host: string;
  private readonly port: number;

  constructor(
    address: string,
    private readonly connectTimeoutMs = 3000,
  ) {
    super();
    ({ host: this.host, port: this.port } = parseTcpAddress(address));
  }

  get description(): string {
    return `tcp ${this.host}:${this.port}`;
  }

  get isOpen(): boolean {
    return this.socket !== null && !this.socket.destroyed;
  }

  async open(): Promise<void> {
    if (this.isOpen) return;
    const socket = connect({ host: this.host, port: this.port });
    socket.setNoDelay(true);
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('error', (err) => reject(new DeviceError('offline', `${this.description}: ${err.message}`)));
      }),
      this.connectTimeoutMs,
      `connecting to ${this.description}`,
    ).catch((err: unknown) => {
      socket.destroy();
      throw err;
    });
    this.socket = socket;
    socket.on('data', (chunk) => this.received(chunk));
    socket.on('error', () => undefined);
    socket.once('close', () => {
      if (this.socket === socket) this.socket = null;
      this.closed('connection closed');
    });
  }

  write(bytes: Uint8Array, timeoutMs: number): Promise<void> {
    const socket = this.socket;
    if (!socket || socket.destroyed) return Promise.reject(new DeviceError('offline', `${this.description} is not connected`));
    const sent = new Promise<void>((resolve, reject) => {
      const onClose = () => reject(new DeviceError('disconnected', `${this.description}: connection lost`));
      socket.once('close', onClose);
      socket.write(Buffer.from(bytes), (err) => {
        socket.off('close', onClose);
        if (err) reject(new DeviceError('disconnected', `${this.description}: ${err.message}`));
        else resolve();
      });
    });
    return withTimeout(sent, timeoutMs, `writing to ${this.description}`).catch((err: unknown) => {
      socket.destroy();
      throw err;
    });
  }

  async close(): Promise<void> {
    const socket = this.socket;
    this.socket = null;
    if (!socket) return;
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.end();
      setTimeout(() => {
        socket.destroy();
        resolve();
      }, 500).unref();
    });
  }
}
