import { errorMessage } from '../../api/error-message';
import type { KioskParts } from '../kiosk/kiosk-parts';
import { centerRequest } from '../outbox/center-client';
import type { OutboxService } from '../outbox/outbox-service';
import type { PartialHandlers } from '../rpc/handlers';
import { enqueueHealthReport, healthReport } from './health-report';
import { CenterLinkTracker } from './link-state';

export interface CenterLinkOptions {
  readonly appVersion: string;
  readonly background: boolean;
  /** How often the kiosk tells the center how it is (default 15 minutes). */
  readonly reportEveryMs?: number;
  /** The sync worker whose attempts tell the link's state, and the endpoint it uses. */
  readonly outbox: OutboxService;
  /** While sync has nothing to send, the center's health is asked when the last try is older than this (default 2 minutes). */
  readonly linkStaleMs?: number;
}

const NO_RETRY = { baseMs: 0, capMs: 0, maxRetryAfterMs: 0, jitter: 'none' } as const;

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
    enqueueHealthReport(parts.db, now, parts.clock.now());
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

  // The top bar's connection icon: the center's last answer, not the network card.
  const link = new CenterLinkTracker(parts.clock, (l) => parts.bus.emit('system.onCenterLink', l), options.outbox.endpoint() !== null);
  const stopObserving = options.outbox.worker.onResult((r) => link.observe(r));
  const staleMs = options.linkStaleMs ?? 2 * 60_000;
  let probeTimer: unknown = null;
  const probe = async () => {
    const target = options.outbox.endpoint();
    if (!target) {
      link.contact(null);
      return;
    }
    if (link.sinceChecked() < staleMs) return;
    const outcome = await centerRequest({ fetch: parts.fetch, timers: parts.timers, clock: parts.clock, backoff: NO_RETRY }, target, {
      method: 'GET',
      path: '/api/v1/health',
      timeoutMs: 5000,
    });
    if (!closed) link.contact(outcome.kind === 'ok');
  };
  const scheduleProbe = (delay: number) => {
    if (closed) return;
    probeTimer = parts.timers.setTimeout(() => {
      probe().then(
        () => scheduleProbe(Math.min(staleMs, 30_000)),
        () => scheduleProbe(Math.min(staleMs, 30_000)),
      );
    }, delay);
    (probeTimer as { unref?: () => void } | null)?.unref?.();
  };
  if (options.background) scheduleProbe(0);
  // A new center address is tried at once, as the outbox does.
  const stopConfig = options.background
    ? parts.config.onChange((key) => {
        if (key !== 'server.url' && key !== 'server.token') return;
        link.forget();
        if (probeTimer !== null) parts.timers.clearTimeout(probeTimer);
        scheduleProbe(0);
      })
    : () => undefined;

  return {
    handlers: { 'system.centerLink': () => link.current() } satisfies PartialHandlers<'system.centerLink'>,
    link,
    /** Queues a report now (the CLI's `kiosk enrol` does, so the fleet page fills at once). */
    report,
    close() {
      closed = true;
      stopObserving();
      stopConfig();
      if (timer !== null) parts.timers.clearTimeout(timer);
      if (probeTimer !== null) parts.timers.clearTimeout(probeTimer);
    },
  };
}
