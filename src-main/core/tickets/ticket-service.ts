import type { Clock } from '../../api/center-clock';
import { centerDate } from '../../api/center-clock';
import type { ServiceConfig, ServiceConfigInput, ServiceSummary, Ticket, TicketSource } from '../../api/channels/tickets';
import { ApiError } from '../../api/errors';
import type { HallTicketStanding } from '../../api/hall';
import { ticketStatusLink } from '../../api/ticket-link';
import type { ConfigStore } from '../config/config-store';
import type { Database } from '../db/open-database';
import type { Logger } from '../logging/logger';
import type { PrintQueue } from '../printing/print-queue';
import type { EventBus } from '../rpc/event-bus';
import { isOpenAt, nextOpening } from './opening-hours';
import { ServiceStore } from './service-store';
import { ticketDocument } from './ticket-document';
import { recordTicketEvent } from './ticket-events';
import { allocateSeq, type NumberSource, numberTicket } from './ticket-numbering';
import { TicketPrinter } from './ticket-printer';
import { type TicketRecord, TicketStore } from './ticket-store';
import { localStanding, type QueueStanding, type WaitEstimates } from './wait-estimate';

export interface TicketServiceDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly config: ConfigStore;
  readonly bus: EventBus;
  readonly log: Logger;
  readonly kioskId: string;
  /** The kiosk's print queue; absent, tickets are issued and recorded as not printed. */
  readonly printing?: PrintQueue | undefined;
  /** How long an issue waits for the printer before answering (tests shorten it). */
  readonly printAnswerMs?: number;
  /** A hall's numbering (docs/hall.md); absent or answering null, the kiosk numbers its own tickets. */
  readonly numbers?: NumberSource | undefined;
  /** A hall's wait estimate (docs/hall.md); absent, the kiosk estimates from the tickets it closed itself. */
  readonly waits?: WaitEstimates | undefined;
}

export interface IssueRequest {
  readonly serviceId: string;
  readonly priority: boolean;
  readonly language: string;
  readonly source: TicketSource;
}

/**
 * Queue tickets from issue to served: numbering, the calling order, printing and the events the
 * center server receives. Every change commits (synchronous=FULL) before anyone is told of it.
 */
export class TicketService {
  readonly services: ServiceStore;
  private readonly store: TicketStore;
  private readonly printer: TicketPrinter;

  constructor(private readonly deps: TicketServiceDeps) {
    this.services = new ServiceStore(deps.db, deps.clock, deps.log);
    this.store = new TicketStore(deps.db);
    this.printer = new TicketPrinter({
      queue: deps.printing,
      store: this.store,
      clock: deps.clock,
      log: deps.log,
      render: (t, reprint) => ticketDocument(this.view(t), { centerName: deps.config.get('center.name'), language: t.language, reprint }),
      onChange: (t) => this.announce(t),
      ...(deps.printAnswerMs !== undefined ? { answerMs: deps.printAnswerMs } : {}),
    });
  }

  today(): string {
    return centerDate(this.deps.clock.now());
  }

  /** Active services as a citizen sees them now: open or closed, and how many wait today. */
  available(): ServiceSummary[] {
    const now = this.deps.clock.now();
    const waiting = this.store.waitingCounts(centerDate(now));
    return this.services.active().map((s) => {
      const open = isOpenAt(s.hours, now);
      return {
        id: s.id,
        prefix: s.prefix,
        names: s.names,
        hints: s.hints,
        counters: s.counters,
        fields: s.fields,
        open,
        opensAt: open ? null : (nextOpening(s.hours, now)?.toISOString() ?? null),
        waiting: waiting.get(s.id) ?? 0,
      };
    });
  }

  /**
   * Issues the next number of a service. Citizens get numbers only while the service is open;
   * staff and technicians may issue at any time. The ticket and its event commit before the
   * printer is asked, so a printer problem can never lose a ticket.
   */
  async issue(req: IssueRequest): Promise<Ticket> {
    const service = this.services.get(req.serviceId);
    const now = this.deps.clock.now();
    if (!service.active) throw new ApiError('conflict', `service ${service.id} is not offered at the moment`);
    if (req.source === 'kiosk' && !isOpenAt(service.hours, now)) {
      const opens = nextOpening(service.hours, now);
      throw new ApiError('unavailable', `${service.names.en} is closed now${opens ? `; it opens at ${opens.toISOString()}` : ''}`);
    }
    const reservation =
      (await this.deps.numbers?.reserve({ serviceId: service.id, prefix: service.prefix, priority: req.priority })) ?? null;
    const record = this.deps.db
      .transaction(() => {
        const n = numberTicket(this.deps.clock.now(), service, req.priority, (day, prefix) =>
          reservation
            ? reservation.seq(this.deps.db, day, prefix)
            : allocateSeq(this.deps.db, day, prefix, this.deps.config.get('tickets.firstNumber')),
        );
        this.store.insert({ ...n, source: req.source, language: req.language });
        const ticket = this.store.find(n.id) as TicketRecord;
        reservation?.committed?.(this.deps.db, ticket);
        recordTicketEvent(this.deps.db, ticket, 'issued', n.issuedAt, this.deps.kioskId);
        return ticket;
      })
      .immediate();
    this.deps.log.info('ticket issued', { number: record.number, serviceId: service.id, priority: record.priority, source: req.source });
    this.announce(record);
    await this.printer.print(record, false);
    return this.get(record.id);
  }

  get(id: string): Ticket {
    return this.view(this.find(id));
  }

  /**
   * The ticket a scanned ticket QR names: numbers are unique per kiosk and day. A hall member
   * first asks its host how the ticket stands, since a desk there may have served it.
   */
  async lookup(kioskId: string, day: string, number: string): Promise<Ticket> {
    if (kioskId !== this.deps.kioskId) {
      // Another kiosk of the same hall printed it: the hall's host knows how it stands.
      const there = await this.deps.waits?.elsewhere?.({ kiosk: kioskId, day, number });
      if (!there) throw new ApiError('conflict', `ticket ${number} was issued by another kiosk (${kioskId})`);
      return this.viewElsewhere({ kiosk: kioskId, day, number }, there);
    }
    const found = this.store.listDay(day).find((t) => t.number === number);
    if (!found) throw new ApiError('not-found', `no ticket ${number} on ${day} at this kiosk`);
    await this.deps.waits?.refresh?.(found);
    return this.view(found);
  }

  /** Prints any of today's tickets again (staff only), marked as a reprint on paper. */
  async reprint(id: string, language?: string): Promise<Ticket> {
    const ticket = this.find(id);
    if (ticket.day !== this.today())
      throw new ApiError('conflict', `ticket ${ticket.number} is from ${ticket.day}: only today's tickets are reprinted`);
    this.deps.db
      .transaction(() => recordTicketEvent(this.deps.db, ticket, 'reprinted', this.deps.clock.now().toISOString(), this.deps.kioskId))
      .immediate();
    this.deps.log.info('ticket reprinted', { number: ticket.number });
    await this.printer.print(language ? { ...ticket, language } : ticket, true);
    return this.get(id);
  }

  /** A day's tickets (today by default) in calling order. */
  list(options: Readonly<{ day?: string; serviceId?: string }> = {}): Ticket[] {
    return this.store.listDay(options.day ?? this.today(), options.serviceId).map((t) => this.view(t));
  }

  /**
   * Closes a ticket at the desk. A missed ticket may still be served when its holder comes
   * back; a served ticket is final.
   */
  mark(id: string, status: 'served' | 'no-show'): Ticket {
    const result = this.deps.db
      .transaction(() => {
        const ticket = this.find(id);
        const allowed = ticket.status === 'waiting' || (ticket.status === 'no-show' && status === 'served');
        if (!allowed) throw new ApiError('conflict', `ticket ${ticket.number} is already ${ticket.status}`);
        const at = this.deps.clock.now().toISOString();
        this.store.setStatus(id, status, at);
        recordTicketEvent(this.deps.db, ticket, status, at, this.deps.kioskId);
        return this.find(id);
      })
      .immediate();
    this.deps.log.info('ticket closed', { number: result.number, status });
    this.announce(result);
    return this.view(result);
  }

  listServices(): ServiceConfig[] {
    return this.services.list();
  }

  saveService(input: ServiceConfigInput): ServiceConfig {
    const saved = this.services.save(input);
    this.deps.log.info('ticket service saved', { serviceId: saved.id, prefix: saved.prefix, active: saved.active });
    return saved;
  }

  removeService(id: string): void {
    this.services.remove(id);
    this.deps.log.info('ticket service removed', { serviceId: id });
  }

  close(): void {
    this.printer.close();
  }

  /** The link a ticket's QR encodes: docs/tickets.md. */
  statusBase(): string | null {
    const explicit = this.deps.config.get('tickets.statusUrl');
    if (explicit) return explicit;
    const server = this.deps.config.get('server.url');
    return server ? `${server.replace(/\/+$/, '')}/queue` : null;
  }

  private find(id: string): TicketRecord {
    const ticket = this.store.find(id);
    if (!ticket) throw new ApiError('not-found', 'no such ticket');
    return ticket;
  }

  private view(t: TicketRecord): Ticket {
    const service = this.services.find(t.serviceId);
    const base = this.statusBase();
    const standing = this.standing(t);
    return {
      id: t.id,
      number: t.number,
      serviceId: t.serviceId,
      prefix: t.prefix,
      names: service?.names ?? { vi: t.serviceId, en: t.serviceId },
      counters: service?.counters ?? [],
      priority: t.priority,
      status: standing.status,
      source: t.source,
      day: t.day,
      issuedAt: t.issuedAt,
      closedAt: t.closedAt,
      waitingAhead: standing.waitingAhead,
      estimatedWaitMin: standing.estimatedWaitMin,
      ...(standing.unknown ? { standingUnknown: true } : {}),
      print: t.print,
      statusUrl: base ? ticketStatusLink(base, { kiosk: this.deps.kioskId, day: t.day, ticket: t.number }) : null,
    };
  }

  /** A ticket of the hall another kiosk printed, as its host told: no paper or QR of this kiosk's. */
  private viewElsewhere(ref: Readonly<{ kiosk: string; day: string; number: string }>, there: HallTicketStanding): Ticket {
    const service = this.services.find(there.serviceId);
    return {
      id: `${ref.kiosk}:${ref.day}:${ref.number}`,
      number: ref.number,
      serviceId: there.serviceId,
      prefix: service?.prefix ?? ref.number.slice(0, 1),
      names: service?.names ?? { vi: there.serviceId, en: there.serviceId },
      counters: service?.counters ?? [],
      priority: there.priority,
      status: there.status,
      source: 'kiosk',
      day: ref.day,
      issuedAt: there.issuedAt,
      closedAt: there.closedAt,
      waitingAhead: there.waitingAhead,
      estimatedWaitMin: there.estimatedWaitMin,
      print: { state: 'printed', reason: null, count: 0 },
      issuedElsewhere: true,
      statusUrl: null,
    };
  }

  private standing(t: TicketRecord): QueueStanding {
    const ahead = this.store.waitingAhead(t);
    return this.deps.waits ? this.deps.waits.standing(t, ahead) : localStanding(this.deps.db, t, ahead);
  }

  private announce(t: TicketRecord): void {
    this.deps.bus.emit('ticket.onChanged', { ticketId: t.id, serviceId: t.serviceId, day: t.day });
  }
}
