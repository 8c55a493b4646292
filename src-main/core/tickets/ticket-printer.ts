import { centerDate } from '../../api/center-clock';
import type { DeviceHealth } from '../../api/channels/devices';
import type { TicketPrint } from '../../api/channels/tickets';
import { Mutex } from '../../api/mutex';
import { DeviceError, type DeviceErrorCode } from '../../hardware/device-error';
import type { Devices, PrintDocument } from '../../hardware/devices';
import type { Logger } from '../logging/logger';
import type { TicketRecord, TicketStore } from './ticket-store';

/** How long a citizen's screen waits for the printer before it shows the ticket anyway. */
export const PRINT_ANSWER_MS = 8_000;
/**
 * Failed prints younger than this are printed again when the printer returns; older ones are
 * left to staff (a reprint on request), so a morning of lost paper does not spill out at noon.
 */
export const RETRY_WINDOW_MS = 30 * 60_000;

export function reasonOf(err: unknown): DeviceHealth['state'] {
  const code: DeviceErrorCode | undefined = err instanceof DeviceError ? err.code : undefined;
  switch (code) {
    case 'no-paper':
      return 'no-paper';
    case 'offline':
    case 'disconnected':
    case 'timeout':
      return 'offline';
    case 'not-configured':
      return 'not-configured';
    default:
      return 'error';
  }
}

export interface TicketPrinterDeps {
  readonly devices: Devices | undefined;
  readonly store: TicketStore;
  readonly clock: () => Date;
  readonly log: Logger;
  /** The paper for a ticket as it stands now. */
  readonly render: (ticket: TicketRecord, reprint: boolean) => PrintDocument;
  /** Told after every change of a ticket's print state, so screens can refresh. */
  readonly onChange: (ticket: TicketRecord) => void;
  readonly answerMs?: number;
  readonly retryWindowMs?: number;
}

/**
 * Sends tickets to the printer and records what became of each. The ticket exists before any
 * paper does: a printer that is out of paper, offline or missing only changes the print state.
 * `queued` means the device layer keeps the job and prints it when it can; `failed` means this
 * class prints it again when the printer reports ready, unless its job had been handed to the
 * printer (recorded before the first byte): that paper may have come out, so only staff reprint it.
 */
export class TicketPrinter {
  private readonly stopHealth: () => void;
  private readonly retries = new Mutex();
  private closed = false;
  /** Tickets whose job waits in this process's device queue, which ends with the process. */
  private readonly queuedHere = new Set<string>();
  /** Tickets sent from this process whose printer has not answered yet. */
  private readonly pendingHere = new Set<string>();

  constructor(private readonly deps: TicketPrinterDeps) {
    const since = new Date(deps.clock().getTime() - 2 * 60_000).toISOString();
    const settled = deps.store.settleInterruptedPrints(since);
    if (settled > 0) deps.log.warn('prints interrupted by a restart are marked failed', { count: settled });
    this.stopHealth =
      deps.devices?.onHealth((h) => {
        if (h.kind === 'printer' && h.state === 'ready') void this.retryFailed();
      }) ?? (() => undefined);
  }

  /**
   * Prints and records the outcome. Resolves when the printer has answered or after
   * `answerMs`, whichever is first; a late answer is still recorded and announced.
   */
  async print(ticket: TicketRecord, reprint: boolean, retry = false): Promise<void> {
    const { store, devices, log } = this.deps;
    const at = this.deps.clock().toISOString();
    // A retry takes the ticket in the database first: another process retrying too gets nothing.
    if (retry) {
      if (!store.claimRetry(ticket.id, at)) return;
    } else store.startPrint(ticket.id, at);
    this.pendingHere.add(ticket.id);
    const settle = (state: TicketPrint['state'], reason: TicketPrint['reason']) => {
      if (this.closed) return;
      this.pendingHere.delete(ticket.id);
      store.setPrint(ticket.id, state, reason);
      this.deps.onChange(ticket);
    };
    if (!devices) {
      settle('failed', 'not-configured');
      return;
    }
    // A printer known to be out of paper or away gets no job: the citizen is told at once, and
    // this class prints the ticket when the printer reports ready. The device queue is kept for
    // the rare job that fails half-way, which the device layer resends itself.
    const printerState = devices.health().find((h) => h.kind === 'printer')?.state ?? 'not-configured';
    if (printerState !== 'ready') {
      settle('failed', printerState);
      log.warn('ticket not sent to a printer that is not ready', { number: ticket.number, reason: printerState });
      return;
    }
    const job = (async () => {
      try {
        const outcome = await devices.print(this.deps.render(ticket, reprint), { onHandOff: () => store.markPrintSent(ticket.id) });
        settle(outcome.state, outcome.state === 'printed' ? null : (outcome.reason ?? 'offline'));
        if (outcome.state === 'queued') {
          this.queuedHere.add(ticket.id);
          log.warn('ticket kept in the printer queue', { number: ticket.number, reason: outcome.reason });
        }
      } catch (err) {
        const reason = reasonOf(err);
        log.warn('ticket not printed', { number: ticket.number, reason });
        settle('failed', reason);
      }
    })();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.deps.answerMs ?? PRINT_ANSWER_MS);
      timer.unref?.();
    });
    await Promise.race([job, waited]);
    clearTimeout(timer);
  }

  /** Prints again, one after another, today's recent tickets whose print failed. */
  retryFailed(): Promise<void> {
    return this.retries.run(async () => {
      if (this.closed) return;
      const now = this.deps.clock();
      const since = new Date(now.getTime() - (this.deps.retryWindowMs ?? RETRY_WINDOW_MS)).toISOString();
      const due = this.deps.store.failedPrints(centerDate(now), since);
      if (due.length > 0) this.deps.log.info('printer is back: printing tickets that failed', { count: due.length });
      for (const ticket of due) {
        if (this.closed) return;
        await this.print(ticket, false, true);
        // A printer that fails again is not back after all: wait for its next ready report.
        if (this.deps.store.find(ticket.id)?.print.state === 'failed') return;
      }
    });
  }

  /**
   * The device queue lives in memory: jobs still in it when the kiosk stops will never print, so
   * their tickets become `failed` and the next printer-ready report prints them again (those never
   * handed to the printer; one cut off after its first byte is left to staff).
   */
  close(): void {
    this.stopHealth();
    for (const id of this.queuedHere) {
      const t = this.deps.store.find(id);
      if (t?.print.state === 'queued') this.deps.store.setPrint(id, 'failed', t.print.reason);
    }
    // A job with no answer yet dies with this process too (a CLI command that gave up waiting);
    // marked as a restart marks an interrupted print.
    for (const id of this.pendingHere) {
      if (this.deps.store.find(id)?.print.state === 'pending') this.deps.store.setPrint(id, 'failed', 'error');
    }
    this.queuedHere.clear();
    this.pendingHere.clear();
    this.closed = true;
  }
}
