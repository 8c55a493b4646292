import { Mutex } from '../../api/mutex';
import { DeviceError } from '../device-error';

/**
 * A byte pipe to one device: a serial port, a TCP socket or a device file. `write` resolves only
 * once the bytes have left (drained), never when they are merely queued in the process.
 */
export interface ByteLink {
  /** For technicians and logs: `serial /dev/ttyUSB0`, `tcp 10.0.0.5:9100`. */
  readonly description: string;
  /** False for links that cannot read answers (some device files). */
  readonly canRead: boolean;
  readonly isOpen: boolean;
  open(): Promise<void>;
  write(bytes: Uint8Array, timeoutMs: number): Promise<void>;
  /** Sends a request and waits for `length` bytes of answer; null when none comes in time. */
  query(request: Uint8Array, length: number, timeoutMs: number): Promise<Buffer | null>;
  onData(listener: (chunk: Buffer) => void): () => void;
  /** Called once when an open link goes away (unplugged, reset, closed by the device). */
  onClose(listener: (reason: string) => void): () => void;
  close(): Promise<void>;
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeviceError('timeout', `${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** What every link shares: listeners, and answers to queries collected from incoming data. */
export abstract class LinkBase {
  private readonly dataListeners = new Set<(chunk: Buffer) => void>();
  private readonly closeListeners = new Set<(reason: string) => void>();
  private answer: { length: number; got: Buffer; resolve(b: Buffer | null): void } | null = null;
  private readonly queries = new Mutex();

  protected received(chunk: Buffer): void {
    if (this.answer) {
      this.answer.got = Buffer.concat([this.answer.got, chunk]);
      if (this.answer.got.length >= this.answer.length) {
        const { got, resolve, length } = this.answer;
        this.answer = null;
        resolve(got.subarray(0, length));
      }
    }
    for (const l of this.dataListeners) l(chunk);
  }

  protected closed(reason: string): void {
    if (this.answer) {
      this.answer.resolve(null);
      this.answer = null;
    }
    for (const l of this.closeListeners) l(reason);
  }

  abstract write(bytes: Uint8Array, timeoutMs: number): Promise<void>;

  /** Queries run one at a time, so each answer goes to the request that asked for it. */
  query(request: Uint8Array, length: number, timeoutMs: number): Promise<Buffer | null> {
    const run = async (): Promise<Buffer | null> => {
      const got = new Promise<Buffer | null>((resolve) => {
        this.answer = { length, got: Buffer.alloc(0), resolve };
      });
      const timer = setTimeout(() => {
        if (this.answer) {
          this.answer.resolve(null);
          this.answer = null;
        }
      }, timeoutMs);
      try {
        await this.write(request, timeoutMs);
        return await got;
      } catch {
        this.answer = null;
        return null;
      } finally {
        clearTimeout(timer);
      }
    };
    return this.queries.run(run);
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    this.dataListeners.add(listener);
    return () => this.dataListeners.delete(listener);
  }

  onClose(listener: (reason: string) => void): () => void {
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }
}
