import { Backoff } from '../../api/backoff';
import type { Clock } from '../../api/center-clock';
import { errorMessage } from '../../api/error-message';
import type { DeviceHealth, DeviceKind } from '../device-health';
import type { DeviceLog } from '../device-log';
import { HealthTracker } from '../health-tracker';
import type { ByteLink } from '../link/byte-link';
import { LineSplitter } from './line-splitter';

export interface SerialLineDeviceOptions {
  readonly kind: DeviceKind;
  readonly log: DeviceLog;
  readonly clock: Clock;
  /** Reopening after an unplug starts fast and never waits more than this (replug is back within 2 s). */
  readonly maxBackoffMs?: number;
  readonly maxLineBytes?: number;
}

/**
 * A device that sends lines over a serial link (a QR scanner, an ID-card reader bridge): opens
 * it, notices when it goes away, opens it again with a short backoff, and hands each line on.
 */
export class SerialLineDevice {
  readonly health: HealthTracker;
  private readonly splitter: LineSplitter;
  private readonly backoff: Backoff;
  private timer: NodeJS.Timeout | null = null;
  private stopClose: (() => void) | null = null;
  private stopData: (() => void) | null = null;
  private closed = false;

  constructor(
    private readonly link: ByteLink,
    private readonly options: SerialLineDeviceOptions,
    onLine: (line: Buffer, overflowed: boolean) => void,
  ) {
    this.health = new HealthTracker(options.kind, options.clock, 'offline', 'starting');
    this.backoff = new Backoff({ baseMs: 100, capMs: options.maxBackoffMs ?? 1000, jitter: 'none' });
    this.splitter = new LineSplitter((line, overflowed) => {
      try {
        onLine(line, overflowed);
      } catch (err) {
        options.log.error('line handler failed', { error: errorMessage(err) });
      }
    }, options.maxLineBytes);
  }

  get description(): string {
    return this.link.description;
  }

  start(): void {
    void this.connect();
  }

  /** Marks a problem with what the device sent (it stays connected and keeps being read). */
  report(state: DeviceHealth['state'], reason?: string): void {
    this.health.set(state, reason);
  }

  private async connect(): Promise<void> {
    this.timer = null;
    if (this.closed) return;
    try {
      await this.link.open();
    } catch (err) {
      this.health.set('offline', errorMessage(err));
      this.retry();
      return;
    }
    if (this.closed) {
      await this.link.close();
      return;
    }
    this.backoff.reset();
    this.splitter.reset();
    this.stopData = this.link.onData((chunk) => this.splitter.push(chunk));
    this.stopClose = this.link.onClose((reason) => {
      this.detach();
      if (this.closed) return;
      this.options.log.warn('device went away', { kind: this.options.kind, reason });
      this.health.set('offline', `${this.link.description}: ${reason}`);
      this.retry();
    });
    this.health.set('ready');
    this.options.log.info('device ready', { kind: this.options.kind, link: this.link.description });
  }

  private detach(): void {
    this.stopData?.();
    this.stopClose?.();
    this.stopData = null;
    this.stopClose = null;
  }

  private retry(): void {
    if (this.closed) return;
    this.timer = setTimeout(() => void this.connect(), this.backoff.next());
    this.timer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.detach();
    this.splitter.reset();
    await this.link.close().catch(() => undefined);
  }
}
