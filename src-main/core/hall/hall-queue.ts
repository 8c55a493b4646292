import type { Clock } from '../../api/center-clock';
import { centerDate } from '../../api/center-clock';
import type { ServiceConfig } from '../../api/channels/tickets';
import { ApiError } from '../../api/errors';
import type { CounterState, HallBoard, HallCall, HandoverResult, OfflineTicket, ServiceWaiting } from '../../api/hall';
import { createGroupCommit, type Durability, type GroupCommit } from '../db/group-commit';
import type { Database } from '../db/open-database';
import type { Logger } from '../logging/logger';
import { ServiceStore } from '../tickets/service-store';
import { numberTicket } from '../tickets/ticket-numbering';
import type { QueueStanding } from '../tickets/wait-estimate';
import { announcementClips, announcementText } from './announcement';
import { recordHallEvent } from './hall-events';
import { allocateHostSeq, isOfflineSeq } from './hall-numbering';
import { type HallRecord, HallStore } from './hall-store';
import { hallStanding } from './hall-wait';

export interface HallQueueDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly log: Logger;
  /** The host's kiosk id: events name it as their sender. */
  readonly hostId: string;
}

export type TransferTarget = Readonly<{ serviceId: string; counter?: undefined } | { counter: number; serviceId?: undefined }>;

/** How many calls the board keeps under "last calls". */
const RECENT_CALLS = 8;

/**
 * The hall's one queue, owned by the host (docs/hall.md): numbers for every kiosk of the hall,
 * offline tickets handed over by members, and what counters do with them. Every counter action
 * commits with its outbox event before anyone hears of it; then listeners (the LAN server) are
 * told. `ticket.issued` is sent by the kiosk that printed the ticket, not here.
 */
export class HallQueue {
  readonly services: ServiceStore;
  private readonly store: HallStore;
  private readonly callListeners = new Set<(call: HallCall) => void>();
  private readonly changeListeners = new Set<() => void>();
  private activeCache: { at: number; list: ServiceConfig[] } | null = null;
  private readonly group: GroupCommit;

  constructor(private readonly deps: HallQueueDeps) {
    this.services = new ServiceStore(deps.db, deps.clock, deps.log);
    this.store = new HallStore(deps.db);
    this.group = createGroupCommit(deps.db);
  }

  /**
   * Runs one or more of this queue's operations in the next group commit (src-main/core/db/group-commit.ts):
   * the LAN server's requests that arrive together share one fsync, and the calls and board
   * changes they make are pushed once it is durable. Numbers (issue, hand-over) are `full`:
   * a number given must survive a power cut or it could be given twice. A desk's call, recall,
   * transfer, served or no-show may be `relaxed`: lost to a power cut, the ticket is simply where
   * it was before (waiting, or still at the desk) and the officer does it again.
   */
  soon<T>(work: (queue: this) => T, durability: Durability = 'full'): Promise<T> {
    return this.group.run(() => work(this), durability);
  }

  today(): string {
    return centerDate(this.deps.clock.now());
  }

  /** Issues the hall's next number of a service for a kiosk of the hall (a savepoint inside the host kiosk's own ticket transaction). */
  issue(req: Readonly<{ serviceId: string; priority: boolean; kioskId: string }>): HallRecord {
    const service = this.services.get(req.serviceId);
    if (!service.active) throw new ApiError('conflict', `service ${service.id} is not offered at the moment`);
    const record = this.tx(() => {
      const n = numberTicket(this.deps.clock.now(), service, req.priority, (day, prefix) => allocateHostSeq(this.deps.db, day, prefix));
      this.store.insert({ ...n, kioskId: req.kioskId, offline: false });
      return this.must(n.id);
    });
    this.deps.log.info('hall ticket issued', { number: record.number, serviceId: record.serviceId, kioskId: req.kioskId });
    // After the commit: the host's own kiosk issues inside its ticket transaction.
    queueMicrotask(() => this.changed());
    return record;
  }

  /**
   * Takes a member's offline tickets into the queue, each in its place by issue time. Sending a
   * batch again changes nothing (`known`); a number the hall already gave is refused, never
   * given twice.
   */
  handOver(kioskId: string, tickets: readonly OfflineTicket[]): HandoverResult {
    const result: { accepted: string[]; known: string[]; refused: HandoverResult['refused'] } = { accepted: [], known: [], refused: [] };
    this.tx(() => {
      for (const t of tickets) {
        if (this.store.find(t.id)) {
          result.known.push(t.id);
          continue;
        }
        const [prefix, digits] = t.number.split('-') as [string, string];
        const seq = Number(digits);
        const service = this.services.find(t.serviceId);
        const refuse = (code: string, message: string) => result.refused.push({ id: t.id, code, message });
        if (!isOfflineSeq(seq)) refuse('bad-request', `${t.number} is not an offline-block number (900–999)`);
        else if (!service) refuse('not-found', `no queue service ${t.serviceId}`);
        else if (this.store.findByNumber(t.day, t.number)) refuse('conflict', `${t.number} of ${t.day} is already in the hall's queue`);
        else {
          this.store.insert({ ...t, prefix, seq, kioskId, offline: true });
          result.accepted.push(t.id);
        }
      }
    });
    this.deps.log.info('offline tickets handed over', {
      kioskId,
      accepted: result.accepted.length,
      known: result.known.length,
      refused: result.refused.length,
    });
    if (result.accepted.length > 0) this.changed();
    return result;
  }

  /** Calls the counter's next ticket: priority first, then issue order, only the services it serves. */
  callNext(counter: number): HallRecord | null {
    const called = this.tx(() => {
      const day = this.today();
      const current = this.store.currentAt(day, counter);
      if (current) throw new ApiError('conflict', `counter ${counter} is still serving ${current.number}: close it first`);
      const serviceIds = this.servicesOf(counter).map((s) => s.id);
      const next = this.store.nextFor(day, counter, serviceIds);
      if (!next) return null;
      const at = this.deps.clock.now().toISOString();
      this.store.markCalled(next.id, counter, at);
      const t = this.must(next.id);
      recordHallEvent(this.deps.db, t, 'called', at, this.deps.hostId, { recall: 0 });
      return t;
    });
    if (called) this.announce(called, false);
    return called;
  }

  /** Announces the counter's current ticket again. */
  recall(counter: number): HallRecord {
    const t = this.tx(() => {
      const current = this.current(counter);
      const at = this.deps.clock.now().toISOString();
      this.store.markRecalled(current.id, at);
      const again = this.must(current.id);
      recordHallEvent(this.deps.db, again, 'called', at, this.deps.hostId, { recall: 1 });
      return again;
    });
    this.announce(t, true);
    return t;
  }

  /** Sends the counter's current ticket to another service or one counter; it keeps its place by issue time. */
  transfer(counter: number, to: TransferTarget): HallRecord {
    const t = this.tx(() => {
      const current = this.current(counter);
      let serviceId = current.serviceId;
      if (to.serviceId !== undefined) {
        const service = this.services.get(to.serviceId);
        if (!service.active) throw new ApiError('conflict', `service ${service.id} is not offered at the moment`);
        serviceId = service.id;
      } else if (to.counter === counter) throw new ApiError('bad-request', 'a ticket is transferred to another counter');
      this.store.transfer(current.id, serviceId, to.counter ?? null);
      const moved = this.must(current.id);
      recordHallEvent(this.deps.db, moved, 'transferred', this.deps.clock.now().toISOString(), this.deps.hostId, {
        fromServiceId: current.serviceId,
        fromCounter: counter,
        toServiceId: serviceId,
        toCounter: to.counter ?? null,
      });
      return moved;
    });
    this.deps.log.info('hall ticket transferred', { number: t.number, counter, toServiceId: t.serviceId, toCounter: t.forCounter });
    this.changed();
    return t;
  }

  /** Closes the counter's current ticket as served or as a no-show. */
  close(counter: number, status: 'served' | 'no-show'): HallRecord {
    const t = this.tx(() => {
      const current = this.current(counter);
      const at = this.deps.clock.now().toISOString();
      this.store.close(current.id, status, at);
      const closed = this.must(current.id);
      recordHallEvent(this.deps.db, closed, status, at, this.deps.hostId);
      return closed;
    });
    this.changed();
    return t;
  }

  board(): HallBoard {
    const day = this.today();
    return {
      day,
      current: this.store.called(day).map((t) => this.callOf(t, false)),
      recent: this.store.recentCalls(day, RECENT_CALLS).map((t) => this.callOf(t, false)),
      waiting: this.waiting(this.activeServices()),
    };
  }

  counterState(counter: number): CounterState {
    const current = this.store.currentAt(this.today(), counter) ?? null;
    return { counter, current, services: this.waiting(this.servicesOf(counter)) };
  }

  /** How a hall ticket stands in its line now (docs/hall.md, "Estimated wait"). */
  standing(t: Readonly<{ day: string; number: string; serviceId: string }>): QueueStanding | null {
    return hallStanding(this.deps.db, t);
  }

  /** The hall's ticket of that number on that day: numbers are the hall's, one per day. */
  findByNumber(day: string, number: string): HallRecord | undefined {
    return this.store.findByNumber(day, number);
  }

  list(day = this.today()): HallRecord[] {
    return this.store.listDay(day);
  }

  get(id: string): HallRecord {
    return this.must(id);
  }

  onCall(listener: (call: HallCall) => void): () => void {
    this.callListeners.add(listener);
    return () => this.callListeners.delete(listener);
  }

  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Active services whose counters include this one. */
  servicesOf(counter: number): ServiceConfig[] {
    return this.activeServices().filter((s) => s.counters.includes(counter));
  }

  /**
   * Active services, read again at most once a second: every call and every board needs them,
   * and each read parses and checks every stored service. A technician's edit shows within 1 s.
   */
  private activeServices(): ServiceConfig[] {
    const now = this.deps.clock.now().getTime();
    if (!this.activeCache || now - this.activeCache.at >= 1000 || now < this.activeCache.at) {
      this.activeCache = { at: now, list: this.services.active() };
    }
    return this.activeCache.list;
  }

  private waiting(services: readonly ServiceConfig[]): ServiceWaiting[] {
    const now = this.deps.clock.now().getTime();
    const counts = this.store.waiting(this.today());
    return services.map((s) => {
      const w = counts.get(s.id);
      return {
        serviceId: s.id,
        prefix: s.prefix,
        names: s.names,
        counters: s.counters,
        waiting: w?.n ?? 0,
        longestWaitSec: w ? Math.max(0, Math.floor((now - Date.parse(w.oldest)) / 1000)) : null,
      };
    });
  }

  private callOf(t: HallRecord, recall: boolean): HallCall {
    const counter = t.counter as number;
    const read = { number: t.number, counter, priority: t.priority };
    return {
      ticketId: t.id,
      number: t.number,
      serviceId: t.serviceId,
      counter,
      priority: t.priority,
      at: t.lastCallAt ?? t.calledAt ?? t.issuedAt,
      clips: announcementClips(read),
      text: announcementText(read),
      recall,
    };
  }

  private announce(t: HallRecord, recall: boolean): void {
    this.deps.log.info('hall ticket called', { number: t.number, counter: t.counter, recall });
    const call = this.callOf(t, recall);
    this.group.afterCommit(() => {
      for (const l of this.callListeners) l(call);
    });
    this.changed();
  }

  private changed(): void {
    this.group.afterCommit(() => {
      for (const l of this.changeListeners) l();
    });
  }

  private current(counter: number): HallRecord {
    const t = this.store.currentAt(this.today(), counter);
    if (!t) throw new ApiError('conflict', `counter ${counter} has no ticket called`);
    return t;
  }

  private must(id: string): HallRecord {
    const t = this.store.find(id);
    if (!t) throw new ApiError('not-found', 'no such hall ticket');
    return t;
  }

  private tx<T>(fn: () => T): T {
    return this.deps.db.transaction(fn).immediate();
  }
}
