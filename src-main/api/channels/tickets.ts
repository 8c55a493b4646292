import { z } from 'zod';
import { channel, event } from '../define';
import { ANY_ROLE, STAFF_ROLES, TECHNICIAN_ONLY } from '../roles';
import { DeviceHealth } from './devices';

/**
 * Queue tickets: the services a center hands out numbers for, the tickets themselves, and the
 * channels citizens, staff and technicians use. Numbers are `A-001`, one sequence per letter
 * prefix per local day on the center's clock (`center-clock.ts`), never reused within that day.
 */

const name = z.string().trim().min(1).max(80);
const optionalName = z.string().trim().max(80).optional();
const hint = z.string().trim().max(160).optional();

/** A service's name in each UI language: Vietnamese and English required, the others fall back to English. */
export const ServiceNames = z.object({ vi: name, en: name, ar: optionalName, pl: optionalName }).strict();
export type ServiceNames = z.infer<typeof ServiceNames>;

/** One line under the name ("birth, marriage, death"), so a citizen picks the right queue. */
export const ServiceHints = z.object({ vi: hint, en: hint, ar: hint, pl: hint }).strict();
export type ServiceHints = z.infer<typeof ServiceHints>;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** `HH:MM` on the center's wall clock; `24:00` closes at midnight. */
export const WallTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time like 07:30');

export function wallMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export const OpeningInterval = z
  .object({ from: WallTime, to: WallTime })
  .strict()
  .refine((i) => wallMinutes(i.from) < wallMinutes(i.to), { message: 'opening must be before closing' });
export type OpeningInterval = z.infer<typeof OpeningInterval>;

const dayIntervals = z
  .array(OpeningInterval)
  .max(4)
  .refine((list) => list.every((i, k) => k === 0 || wallMinutes((list[k - 1] as OpeningInterval).to) <= wallMinutes(i.from)), {
    message: 'intervals must be in order and must not overlap',
  });

/**
 * When the kiosk hands out numbers for a service to citizens, per weekday on the center's wall
 * clock. Staff may issue outside these hours. An empty day is closed.
 */
export const OpeningHours = z
  .object(Object.fromEntries(WEEKDAYS.map((d) => [d, dayIntervals])) as Record<Weekday, typeof dayIntervals>)
  .strict();
export type OpeningHours = z.infer<typeof OpeningHours>;

export const ServiceId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes, up to 40');
/** One capital letter: it starts every number of the service and is read aloud when called. */
export const ServicePrefix = z.string().regex(/^[A-Z]$/, 'one capital letter A–Z');

export const ServiceConfig = z
  .object({
    id: ServiceId,
    prefix: ServicePrefix,
    names: ServiceNames,
    hints: ServiceHints.default({}),
    /** Desk numbers that serve this queue, printed on the ticket. */
    counters: z
      .array(z.number().int().min(1).max(99))
      .min(1)
      .max(20)
      .refine((c) => new Set(c).size === c.length, { message: 'each counter once' }),
    hours: OpeningHours,
    /** Catalog fields (lĩnh vực) whose procedures are served by this queue. */
    fields: z.array(z.string().trim().min(1).max(80)).max(50).default([]),
    active: z.boolean().default(true),
    order: z.number().int().min(0).max(999).default(0),
  })
  .strict();
export type ServiceConfig = z.infer<typeof ServiceConfig>;
export type ServiceConfigInput = z.input<typeof ServiceConfig>;

/** What a citizen or a desk officer sees of a service right now. */
export const ServiceSummary = z.object({
  id: ServiceId,
  prefix: ServicePrefix,
  names: ServiceNames,
  hints: ServiceHints,
  counters: z.array(z.number().int()),
  fields: z.array(z.string()),
  open: z.boolean(),
  /** Next time it opens, when closed now (ISO instant); null when open or never open. */
  opensAt: z.string().nullable(),
  /** Tickets of today still waiting. */
  waiting: z.number().int().nonnegative(),
});
export type ServiceSummary = z.infer<typeof ServiceSummary>;

export const TicketStatus = z.enum(['waiting', 'served', 'no-show']);
export type TicketStatus = z.infer<typeof TicketStatus>;

/** Where a ticket came from: the citizen screen, a desk officer, or the technician CLI. */
export const TicketSource = z.enum(['kiosk', 'staff', 'cli']);
export type TicketSource = z.infer<typeof TicketSource>;

/**
 * The paper side of a ticket. `pending`: sent, no answer yet; `queued`: the printer keeps it and
 * prints when it is back; `failed`: not printed, the kiosk retries when the printer is back.
 */
export const TicketPrint = z.object({
  state: z.enum(['pending', 'printed', 'queued', 'failed']),
  reason: DeviceHealth.shape.state.nullable(),
  /** Times it went to the printer (first print and reprints). */
  count: z.number().int().nonnegative(),
});
export type TicketPrint = z.infer<typeof TicketPrint>;

export const Ticket = z.object({
  id: z.string(),
  number: z.string(),
  serviceId: ServiceId,
  prefix: ServicePrefix,
  names: ServiceNames,
  counters: z.array(z.number().int()),
  priority: z.boolean(),
  status: TicketStatus,
  source: TicketSource,
  /** Local date of the center, `YYYY-MM-DD`: the day the number belongs to. */
  day: z.string(),
  issuedAt: z.string(),
  closedAt: z.string().nullable(),
  /** Waiting tickets of the same service that will be called before this one. */
  waitingAhead: z.number().int().nonnegative(),
  /**
   * Minutes until its turn from today's observed pace of its service, in steps of 5 (docs/hall.md,
   * "Estimated wait"); null while waiting is not, or early in the day when too few were served.
   */
  estimatedWaitMin: z.number().int().positive().nullable(),
  /**
   * True when this kiosk cannot tell how the ticket stands now (a hall member that has not heard
   * from its host lately): `status` and `waitingAhead` are then only what it saw itself.
   */
  standingUnknown: z.boolean().optional(),
  /**
   * True when another kiosk of the hall printed it and this one only shows how it stands (its QR
   * scanned here): this kiosk has no paper of it to tell about.
   */
  issuedElsewhere: z.boolean().optional(),
  print: TicketPrint,
  /** What the ticket's QR encodes (docs/tickets.md); null when no status page is configured. */
  statusUrl: z.string().nullable(),
});
export type Ticket = z.infer<typeof Ticket>;

const ticketId = z.string().min(1).max(64);
const language = z.enum(['vi', 'en', 'ar', 'pl']);

export const ticketChannels = {
  /** Active services with open/closed state and today's waiting count, in display order. */
  'ticket.available': channel({ args: z.object({}).strict(), result: z.array(ServiceSummary), roles: ANY_ROLE }),
  'ticket.issue': channel({
    args: z.object({ serviceId: ServiceId, priority: z.boolean().default(false), language: language.default('vi') }).strict(),
    result: Ticket,
    roles: ANY_ROLE,
  }),
  /** One ticket as it stands now (waiting ahead, print state); ids are random, so this reveals nothing. */
  'ticket.get': channel({ args: z.object({ ticketId }).strict(), result: Ticket, roles: ANY_ROLE }),
  /**
   * The ticket a scanned ticket QR names (`kiosk`, `day`, `number`). In a hall, one another kiosk
   * printed is asked of the host (`other-hall` when the QR names a kiosk the hall does not know,
   * `not-found` when that kiosk of the hall was not given the number that day, `unavailable` when
   * the host does not answer); outside a hall it is `conflict`, and `not-found` for no such ticket.
   */
  'ticket.lookup': channel({
    args: z
      .object({
        kiosk: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
        day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        number: z.string().regex(/^[A-Z]-\d{3,6}$/),
      })
      .strict(),
    result: Ticket,
    roles: ANY_ROLE,
  }),
  'ticket.reprint': channel({
    args: z.object({ ticketId, language: language.default('vi') }).strict(),
    result: Ticket,
    roles: STAFF_ROLES,
  }),
  /** Today's tickets in calling order: priority first, then by number. */
  'ticket.queue': channel({
    args: z.object({ serviceId: ServiceId.optional() }).strict(),
    result: z.array(Ticket),
    roles: STAFF_ROLES,
  }),
  'ticket.mark': channel({
    args: z.object({ ticketId, status: z.enum(['served', 'no-show']) }).strict(),
    result: Ticket,
    roles: STAFF_ROLES,
  }),
  /** Every configured service, active or not, for the technician screen. */
  'ticket.services.list': channel({ args: z.object({}).strict(), result: z.array(ServiceConfig), roles: TECHNICIAN_ONLY }),
  /** Adds or replaces one service by id; a letter already used by another active service is refused. */
  'ticket.services.save': channel({ args: ServiceConfig, result: ServiceConfig, roles: TECHNICIAN_ONLY }),
  /** Removes a service that never issued a ticket; one with tickets can only be deactivated. */
  'ticket.services.remove': channel({
    args: z.object({ id: ServiceId }).strict(),
    result: z.object({ removed: z.literal(true) }),
    roles: TECHNICIAN_ONLY,
  }),
};

export const ticketEvents = {
  /** A ticket was issued, printed, reprinted, served or missed: queues and ticket screens refresh. */
  'ticket.onChanged': event(z.object({ ticketId: z.string(), serviceId: ServiceId, day: z.string() })),
};
