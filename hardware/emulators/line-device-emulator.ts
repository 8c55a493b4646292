import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { ptyPair, type SocatProcess } from './socat';

/**
 * A device that sends lines on a serial port: a QR scanner or an ID-card reader bridge. The
 * kiosk opens `device`; whatever is written to `input` (by `send`, or by a person with
 * `echo … > input`) comes out there, as from the real device.
 */
export class LineDeviceEmulator {
  private readonly socat: SocatProcess;
  private handle: FileHandle | null = null;

  constructor(
    readonly device: string,
    readonly input: string,
  ) {
    this.socat = ptyPair(device, input);
  }

  async start(): Promise<this> {
    await this.socat.start();
    return this;
  }

  private async writer(): Promise<FileHandle> {
    this.handle ??= await open(this.input, constants.O_WRONLY | constants.O_NOCTTY);
    return this.handle;
  }

  /** Sends bytes as the device would, with nothing added. */
  async sendRaw(bytes: Uint8Array | string): Promise<void> {
    const handle = await this.writer();
    await handle.write(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
  }

  /** One scan or one message: the payload and the CR LF scanners end a read with. */
  send(payload: string): Promise<void> {
    return this.sendRaw(`${payload}\r\n`);
  }

  /** One card, as a chip-reader bridge sends it: a JSON object on one line. */
  sendCard(card: Record<string, unknown>): Promise<void> {
    return this.sendRaw(`${JSON.stringify({ type: 'card', ...card })}\n`);
  }

  async unplug(): Promise<void> {
    await this.handle?.close().catch(() => undefined);
    this.handle = null;
    await this.socat.stop();
  }

  async replug(): Promise<void> {
    await this.socat.start();
  }

  close(): Promise<void> {
    return this.unplug();
  }
}
