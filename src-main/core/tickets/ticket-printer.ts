import type { Clock } from '../../api/center-clock';
import type { PrintJobChange } from '../../api/channels/printing';
import type { TicketPrint } from '../../api/channels/tickets';
import type { PrintDocument } from '../../hardware/devices';
import type { Logger } from '../logging/logger';
import type { PrintQueue } from '../printing/print-queue';
import type { TicketRecord, TicketStore } from './ticket-store';

/** How long a citizen's screen waits for the printer before it shows the ticket anyway. */
export const PRINT_ANSWER_MS = 8_000;

export interface TicketPrinterDeps {
  /** The kiosk's print queue; absent where the shell has no printer. */
  readonly queue: PrintQueue | undefined;
  readonly store: TicketStore;
  readonly clock: Clock;
  readonly log: Logger;
  /** The paper for a ticket as it stands now. */
  readonly render: (ticket: TicketRecord, reprint: boolean) => PrintDocument;
  /** Told after every change of a ticket's print state, so screens can refresh. */
  readonly onChange: (ticket: TicketRecord) => void;
  readonly answerMs?: number;
}

/** A ticket's print state as its job reports it. */
export function ticketPrintOf(job: PrintJobChange): Pick<TicketPrint, 'state' | 'reason'> {
  switch (job.state) {
    case 'queued':
      // Waiting for its turn reads as on its way; waiting for the printer (paper, cable), as kept.
      return job.reason === null ? { state: 'pending', reason: null } : { state: 'queued', reason: job.reason };
    case 'printing':
      return { state: 'pending', reason: null };
    case 'printed':
      return { state: 'printed', reason: null };
    case 'failed':
      return { state: 'failed', reason: job.reason ?? 'error' };
    default: {
      const never: never = job.state;
      throw new Error(`unknown print job state ${String(never)}`);
    }
  }
}

/**
 * Puts tickets in the kiosk's print queue and records on each ticket what its job reports. The
 * ticket exists before any paper does: a printer that is out of paper, offline or missing only
 * changes the print state. Waiting, retrying and the at-most-once hand-off are the queue's: a job
 * whose first byte went out is marked on the ticket (`print_sent`) and never printed again on
 * the kiosk's own initiative, only on a staff reprint.
 */
export class TicketPrinter {
  private readonly stopJobs: () => void;

  constructor(private readonly deps: TicketPrinterDeps) {
    this.stopJobs = deps.queue?.onJob((job) => this.follow(job)) ?? (() => undefined);
  }

  /** Queues the ticket's paper; resolves when the printer answered or after `answerMs`, whichever is first. */
  async print(ticket: TicketRecord, reprint: boolean): Promise<void> {
    const { store, queue } = this.deps;
    // A reprint replaces a copy still waiting for paper: one slip comes out, not two.
    if (reprint) queue?.withdraw('ticket', ticket.id);
    store.startPrint(ticket.id, this.deps.clock.now().toISOString());
    if (!queue) {
      store.setPrint(ticket.id, 'failed', 'not-configured');
      this.deps.onChange(ticket);
      return;
    }
    const outcome = await queue.print(this.deps.render(ticket, reprint), 'ticket', ticket.id, this.deps.answerMs ?? PRINT_ANSWER_MS);
    if (outcome.state !== 'printed')
      this.deps.log.warn('ticket not printed yet', { number: ticket.number, state: outcome.state, reason: outcome.reason });
  }

  private follow(job: PrintJobChange): void {
    if (job.owner !== 'ticket' || !job.ref) return;
    const ticket = this.deps.store.find(job.ref);
    if (!ticket) return;
    if (job.sent) this.deps.store.markPrintSent(ticket.id);
    const next = ticketPrintOf(job);
    this.deps.store.setPrint(ticket.id, next.state, next.reason);
    this.deps.onChange(ticket);
  }

  close(): void {
    this.stopJobs();
  }
}
