import { errorMessage } from '../../api/error-message';
import type { KioskParts } from '../kiosk/kiosk-parts';
import { enqueueHealthReport, healthReport } from './health-report';

export interface CenterLinkOptions {
  readonly appVersion: string;
  readonly background: boolean;
  /** How often the kiosk tells the center how it is (default 15 minutes). */
  readonly reportEveryMs?: number;
}

/**
 * The kiosk's side of the center's fleet page: every `reportEveryMs`, while a center is
 * configured, a `kiosk.health` event with version, outbox backlog and device states. An
 * unchanged report is not sent again (the center keeps the last one; its last-contact time comes
 * from every request).
 */
export function composeCenterLink(parts: KioskParts, options: CenterLinkOptions) {
  const every = options.reportEveryMs ?? 15 * 60_000;
  let last = '';
  let timer: unknown = null;
  let closed = false;
  const report = (): boolean => {
    if (!parts.config.get('server.url')) return false;
    const now = healthReport(parts.db, options.appVersion, parts.devices?.health() ?? []);
    const text = JSON.stringify(now);
    if (text === last) return false;
    last = text;
    enqueueHealthReport(parts.db, now, parts.now());
    return true;
  };
  const schedule = () => {
    if (closed) return;
    timer = parts.timers.setTimeout(() => {
      try {
        report();
      } catch (err) {
        parts.log.warn('kiosk health report not queued', { error: errorMessage(err) });
      }
      schedule();
    }, every);
    // A report due in 15 minutes must not keep a finished CLI command or test process alive.
    (timer as { unref?: () => void } | null)?.unref?.();
  };
  if (options.background) schedule();
  return {
    handlers: {},
    /** Queues a report now (the CLI's `kiosk enrol` does, so the fleet page fills at once). */
    report,
    close() {
      closed = true;
      if (timer !== null) parts.timers.clearTimeout(timer);
    },
  };
}
