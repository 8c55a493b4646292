import { constants, existsSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { DeviceError } from '../device-error';
import { type ByteLink, LinkBase, withTimeout } from './byte-link';
import { checkFileDevice } from './file-device-policy';

/**
 * A printer's device file (`/dev/usb/lp0` on Linux). Write-only: reads on a device file would
 * block a worker thread, so no status is read this way. An unplugged printer's file disappears
 * or fails the next write; `stillThere` lets the printer service notice between jobs.
 */
export class FileLink extends LinkBase implements ByteLink {
  readonly canRead = false;
  private handle: FileHandle | null = null;

  /** `emulatorDir`: the one folder where an ordinary file may stand in for a printer (see `checkFileDevice`). */
  constructor(
    private readonly path: string,
    private readonly emulatorDir?: string,
  ) {
    super();
  }

  get description(): string {
    return `device file ${this.path}`;
  }

  get isOpen(): boolean {
    return this.handle !== null;
  }

  stillThere(): boolean {
    return existsSync(this.path);
  }

  async open(): Promise<void> {
    if (this.handle) return;
    // Checked at every open, not only when configured: the path may have been swapped since.
    const checked = await checkFileDevice(this.path, this.emulatorDir);
    if (!checked.ok) throw new DeviceError('not-configured', checked.reason);
    try {
      // O_NOCTTY: a terminal-like device must never become this process's controlling terminal.
      // O_NOFOLLOW: the checked real path is opened, and a link put there since is not followed.
      this.handle = await open(checked.path, constants.O_WRONLY | constants.O_NOCTTY | constants.O_NOFOLLOW);
    } catch (err) {
      throw new DeviceError('offline', `${this.description}: ${(err as Error).message}`);
    }
  }

  async write(bytes: Uint8Array, timeoutMs: number): Promise<void> {
    const handle = this.handle;
    if (!handle) throw new DeviceError('offline', `${this.description} is not open`);
    try {
      const writeAll = async () => {
        let done = 0;
        while (done < bytes.length) done += (await handle.write(bytes, done, bytes.length - done)).bytesWritten;
      };
      await withTimeout(writeAll(), timeoutMs, `writing to ${this.description}`);
    } catch (err) {
      await this.close();
      this.closed('write failed');
      if (err instanceof DeviceError) throw err;
      throw new DeviceError('disconnected', `${this.description}: ${(err as Error).message}`);
    }
  }

  override query(): Promise<Buffer | null> {
    return Promise.resolve(null);
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => undefined);
  }
}
