import type { z } from 'zod';
import type { Clock } from '../../api/center-clock';
import { ApiError } from '../../api/errors';
import {
  HALL_KIOSK_HEADER,
  type HallHostVersion,
  HallIssueAnswer,
  HallStanding,
  HallTicketStanding,
  type OfflineTicket,
} from '../../api/hall';
import type { ConfigStore } from '../config/config-store';
import type { Database } from '../db/open-database';
import type { Logger } from '../logging/logger';
import type { Timers } from '../outbox/center-client';
import type { FetchFn } from '../system/fetch-fn';
import type { NumberReservation } from '../tickets/ticket-numbering';
import type { QueueStanding } from '../tickets/wait-estimate';
import { allocateOfflineSeq } from './hall-numbering';
import { HostVersion } from './host-version';

/** A citizen waits at most this long for the host before the kiosk numbers from its offline block. */
export const HOST_ANSWER_MS = 2000;
/** While offline tickets wait, the host is tried this often. */
export const HANDOVER_RETRY_MS = 3000;
const BATCH = 200;
/**
 * How long the host's word on a new ticket's line is shown: the screen and the paper right after
 * issuing (a print retried for a minute included). Later the line has moved, and this kiosk does
 * not know how: it shows no estimate rather than an old one.
 */
export const HOST_STANDING_MS = 5 * 60_000;
/** Closed tickets remembered (a day's worth in a busy hall); the oldest is forgotten first. */
const CLOSED_KEPT = 5000;

export interface HallMemberDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly config: ConfigStore;
  readonly fetch: FetchFn;
  readonly timers: Timers;
  readonly log: Logger;
  /** This kiosk's id as its QR codes print it: told to the host with every request. */
  readonly kioskId: string;
}

/**
 * A member kiosk of a hall (docs/hall.md): asks the host for each number; when the host cannot
 * be reached, numbers from its own offline block (committed with the ticket, so a restart or a
 * power cut never repeats one) and hands those tickets to the host once it answers again.
 */
export class HallMember {
  private timer: unknown = null;
  private sending: Promise<void> | null = null;
  private closed = false;
  /** What the host said of tickets it numbered lately, by `day number`. */
  private readonly hostSaid = new Map<string, { at: number; waitingAhead: number; estimatedWaitMin: number | null }>();
  /** Tickets the host said a desk closed, by `day number`: final, so kept past HOST_STANDING_MS. */
  private readonly closedAt = new Map<string, 'served' | 'no-show'>();
  /** Whether the host knows kiosk ids, from its answers. */
  private readonly hostVersionHeard: HostVersion;

  constructor(private readonly deps: HallMemberDeps) {
    this.hostVersionHeard = new HostVersion(deps.log);
    if (this.pending() > 0) this.schedule(0);
  }

  private get host(): string {
    return this.deps.config.get('hall.hostUrl').replace(/\/+$/, '');
  }

  private async post(path: string, body: unknown): Promise<Response> {
    const res = await this.deps.fetch(`${this.host}${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${this.deps.config.get('hall.deviceToken')}`,
        [HALL_KIOSK_HEADER]: this.deps.kioskId,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(HOST_ANSWER_MS),
    });
    this.hostVersionHeard.heard(res);
    return res;
  }

  /** `older` when the host answered without knowing kiosk ids (a member updated before its host), `unknown` until it answered. */
  hostVersion(): HallHostVersion {
    return this.hostVersionHeard.value;
  }

  /** The host's number for the next ticket, or an offline-block reservation when the host is away. */
  async reserve(req: Readonly<{ serviceId: string; prefix: string; priority: boolean }>): Promise<NumberReservation> {
    let why: string;
    try {
      const res = await this.post('/api/hall/issue', { serviceId: req.serviceId, priority: req.priority });
      const reply = (await res.json().catch(() => null)) as {
        ok?: boolean;
        result?: unknown;
        error?: { code?: string; message?: string };
      } | null;
      if (res.ok && reply?.ok) {
        const given = HallIssueAnswer.parse(reply.result);
        this.remember(given);
        return hostReservation(given);
      }
      // The host understood and refused (an unknown or closed service): the citizen hears why.
      if (res.status === 400 || res.status === 404 || res.status === 409) {
        throw new ApiError(
          res.status === 404 ? 'not-found' : res.status === 409 ? 'conflict' : 'bad-request',
          reply?.error?.message ?? 'refused by the hall host',
        );
      }
      why = `host answered ${res.status}`;
    } catch (err) {
      if (err instanceof ApiError) throw err;
      why = err instanceof Error ? err.name : 'unreachable';
    }
    this.deps.log.warn('hall host not reached: numbering from the offline block', { reason: why });
    return this.offlineReservation();
  }

  private remember(given: Readonly<{ day: string; number: string; waitingAhead?: number; estimatedWaitMin?: number | null }>): void {
    const now = this.deps.clock.now().getTime();
    for (const [key, said] of this.hostSaid) if (now - said.at > HOST_STANDING_MS) this.hostSaid.delete(key);
    if (given.waitingAhead === undefined) return;
    this.hostSaid.set(`${given.day} ${given.number}`, {
      at: now,
      waitingAhead: given.waitingAhead,
      estimatedWaitMin: given.estimatedWaitMin ?? null,
    });
  }

  /**
   * How a ticket of this kiosk stands, as the host last said: when it gave the number or when
   * the ticket's QR was scanned here (for a few minutes after), or closed by a desk (for good).
   * Null for an offline ticket the host never spoke of, or once the host's word is old: this
   * kiosk has no desks' pace of its own to estimate from, so it shows none (docs/hall.md).
   */
  hostStanding(t: Readonly<{ day: string; number: string }>): QueueStanding | null {
    const key = `${t.day} ${t.number}`;
    const closed = this.closedAt.get(key);
    if (closed) return { status: closed, waitingAhead: 0, estimatedWaitMin: null };
    const said = this.hostSaid.get(key);
    if (!said || this.deps.clock.now().getTime() - said.at > HOST_STANDING_MS) return null;
    return { status: 'waiting', waitingAhead: said.waitingAhead, estimatedWaitMin: said.estimatedWaitMin };
  }

  /**
   * Asks the host how one of this kiosk's tickets stands now (its QR scanned on the way out: has
   * a desk served it?) and keeps the answer as the host's word on it. False when the host did
   * not answer or answered something unreadable: the ticket's standing stays unknown.
   */
  async ask(t: Readonly<{ day: string; number: string }>): Promise<boolean> {
    const key = `${t.day} ${t.number}`;
    if (this.closedAt.has(key)) return true;
    const question = (withKiosk: boolean) =>
      this.askHost(
        '/api/hall/standing',
        { day: t.day, number: t.number, ...(withKiosk ? { kiosk: this.deps.kioskId } : {}) },
        HallStanding,
      );
    const withKiosk = !this.hostVersionHeard.older;
    let heard = await question(withKiosk);
    // A host of an older version refuses the `kiosk` field (its schemas are strict). Asked without
    // it, it answers about this device's own ticket of that day and number: the one asked about.
    if (!heard.ok && withKiosk && heard.status === 400 && this.hostVersionHeard.older) heard = await question(false);
    if (!heard.ok) return false;
    const standing = heard.value;
    if (standing.status === 'waiting') this.remember({ day: t.day, number: t.number, ...standing });
    else {
      this.closedAt.set(key, standing.status);
      if (this.closedAt.size > CLOSED_KEPT) this.closedAt.delete(this.closedAt.keys().next().value as string);
    }
    return true;
  }

  /**
   * Asks the host how a ticket another kiosk of the hall printed stands (its QR scanned here).
   * `other-hall` when the QR names a kiosk the hall does not know (another hall's ticket);
   * `not-found` when that kiosk of the hall was not given the number that day;
   * `unavailable` when the host did not answer or answered something unreadable, or is of an older
   * version: that one cannot tell this hall's ticket from another hall's of the same number and day
   * (or does not know the question), so its word is not taken.
   */
  async askAbout(ref: Readonly<{ kiosk: string; day: string; number: string }>): Promise<HallTicketStanding> {
    const heard = await this.askHost('/api/hall/ticket-standing', ref, HallTicketStanding);
    if (this.hostVersionHeard.older)
      throw new ApiError('unavailable', 'the hall host is of an older version: it cannot tell whose ticket a QR names');
    if (heard.ok) return heard.value;
    if (heard.code === 'other-hall') throw new ApiError('other-hall', `ticket ${ref.number} is from another service hall`);
    if (heard.status === 404) throw new ApiError('not-found', `no ticket ${ref.number} of ${ref.day} in this hall`);
    throw new ApiError('unavailable', 'the hall host did not say how the ticket stands');
  }

  /** One question to the host, its answer read with `schema`; what went wrong is logged without the ticket. */
  private async askHost<T>(
    path: string,
    body: unknown,
    schema: z.ZodType<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; status?: number; code?: string }> {
    let res: Response;
    let reply: { ok?: boolean; result?: unknown; error?: { code?: unknown } } | null;
    try {
      res = await this.post(path, body);
      reply = (await res.json().catch(() => null)) as typeof reply;
    } catch (err) {
      this.deps.log.warn('hall host not reached for a ticket standing', { reason: err instanceof Error ? err.name : 'unreachable' });
      return { ok: false };
    }
    if (!res.ok || !reply?.ok) {
      const code = typeof reply?.error?.code === 'string' ? reply.error.code : undefined;
      this.deps.log.warn('hall host did not say how a ticket stands', { status: res.status, code });
      return { ok: false, status: res.status, ...(code !== undefined ? { code } : {}) };
    }
    const parsed = schema.safeParse(reply.result);
    if (!parsed.success) {
      this.deps.log.warn('hall host answered a ticket standing that cannot be read', { issues: parsed.error.issues.length });
      return { ok: false };
    }
    return { ok: true, value: parsed.data };
  }

  private offlineReservation(): NumberReservation {
    const first = this.deps.config.get('hall.offlineFirstNumber');
    return {
      seq: (db, day, prefix) => {
        const seq = allocateOfflineSeq(db, day, prefix, first);
        if (seq === null)
          throw new ApiError('unavailable', `the offline numbers of ${prefix} are used up until the hall host is back: ask at a desk`);
        return seq;
      },
      committed: (db, t) => {
        const payload: OfflineTicket = {
          id: t.id,
          day: t.day,
          number: t.number,
          serviceId: t.serviceId,
          priority: t.priority,
          issuedAt: t.issuedAt,
        };
        db.prepare('INSERT INTO hall_handover (id, payload, created_at) VALUES (?, ?, ?)').run(t.id, JSON.stringify(payload), t.issuedAt);
        this.schedule(HANDOVER_RETRY_MS);
      },
    };
  }

  /** Offline tickets the host has not taken yet. */
  pending(): number {
    return (this.deps.db.prepare('SELECT COUNT(*) AS n FROM hall_handover WHERE handed_at IS NULL').get() as { n: number }).n;
  }

  /** Sends waiting offline tickets now (oldest first); resolves when this try is over. */
  flush(): Promise<void> {
    this.sending ??= this.send().finally(() => {
      this.sending = null;
    });
    return this.sending;
  }

  private async send(): Promise<void> {
    for (;;) {
      const rows = this.deps.db
        .prepare('SELECT id, payload FROM hall_handover WHERE handed_at IS NULL ORDER BY created_at, id LIMIT ?')
        .all(BATCH) as { id: string; payload: string }[];
      if (rows.length === 0) return;
      let reply: { ok?: boolean; result?: { accepted: string[]; known: string[]; refused: { id: string; code: string }[] } } | null;
      try {
        const res = await this.post('/api/hall/handover', { tickets: rows.map((r) => JSON.parse(r.payload) as OfflineTicket) });
        reply = (await res.json().catch(() => null)) as typeof reply;
      } catch {
        reply = null;
      }
      if (!reply?.ok || !reply.result) {
        this.schedule(HANDOVER_RETRY_MS);
        return;
      }
      const { accepted, known, refused } = reply.result;
      for (const r of refused) this.deps.log.error('hall host refused an offline ticket', { ticketId: r.id, code: r.code });
      const now = this.deps.clock.now().toISOString();
      const mark = this.deps.db.prepare('UPDATE hall_handover SET handed_at = ? WHERE id = ?');
      this.deps.db.transaction(() => {
        for (const id of [...accepted, ...known, ...refused.map((r) => r.id)]) mark.run(now, id);
      })();
      this.deps.log.info('offline tickets handed to the hall host', {
        accepted: accepted.length,
        known: known.length,
        refused: refused.length,
      });
    }
  }

  private schedule(ms: number): void {
    if (this.closed || this.timer !== null) return;
    this.timer = this.deps.timers.setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  close(): void {
    this.closed = true;
    if (this.timer !== null) this.deps.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}

function hostReservation(given: HallIssueAnswer): NumberReservation {
  const seq = Number(given.number.split('-')[1]);
  return {
    seq: (_db, day, prefix) => {
      // The host and this kiosk read the same center clock; a ticket across midnight is refused rather than misdated.
      if (given.day !== day || given.prefix !== prefix)
        throw new ApiError('conflict', 'the hall host gave a number of another day or letter: try again');
      return seq;
    },
  };
}
