import { z } from 'zod';
import { ServiceId, ServiceNames, ServicePrefix } from './channels/tickets';

/**
 * The hall channel between the hall host and its paired LAN devices (counter consoles, hall
 * displays, member kiosks): docs/hall.md. It carries numbers, services, counters and times,
 * never anything that names a person.
 */

/** Biggest request body the host reads; a batch of offline tickets is the largest message. */
export const HALL_MAX_BODY_BYTES = 64 * 1024;

export const HallTicketStatus = z.enum(['waiting', 'called', 'served', 'no-show']);
export type HallTicketStatus = z.infer<typeof HallTicketStatus>;

export const CounterNumber = z.number().int().min(1).max(99);
const ticketNumber = z.string().regex(/^[A-Z]-\d{3,6}$/, 'a ticket number like A-012');
const instant = z.iso.datetime({ offset: true });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const kioskId = z.string().min(1).max(64);

/**
 * A kiosk's id as its tickets' QR codes print it (src-main/api/ticket-link.ts). A member names
 * its own at pairing and in the `X-Kiosk-Id` header of every request, so the host knows which
 * QR codes are its hall's (docs/hall.md, "Whose ticket a QR names").
 */
export const HallKioskId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'a kiosk id of letters, digits, - and _ (at most 40)');
/** The header a member kiosk names its own kiosk id in. */
export const HALL_KIOSK_HEADER = 'x-kiosk-id';
/**
 * The header a host that knows its members' kiosk ids answers every hall request with (value `1`):
 * it reads `X-Kiosk-Id`, `kioskId` at pairing and `kiosk` in a standing question. A host of an
 * older version answers without it, and refuses those fields (docs/hall.md, "Order of updates").
 */
export const HALL_KIOSK_IDS_HEADER = 'x-hall-kiosk-ids';
/** What a member knows of its host (HALL_KIOSK_IDS_HEADER): `older` does not know kiosk ids; `unknown` has not answered yet. */
export const HallHostVersion = z.enum(['unknown', 'current', 'older']);
export type HallHostVersion = z.infer<typeof HallHostVersion>;

export const HallTicket = z.object({
  id: z.string(),
  day,
  number: ticketNumber,
  prefix: ServicePrefix,
  serviceId: ServiceId,
  priority: z.boolean(),
  status: HallTicketStatus,
  /** The kiosk that issued it; `offline` when it came from that kiosk's offline block. */
  kioskId,
  offline: z.boolean(),
  issuedAt: instant,
  calledAt: instant.nullable(),
  closedAt: instant.nullable(),
  /** The counter that called it (or last called it). */
  counter: CounterNumber.nullable(),
  /** Set by a transfer to one counter: only that counter calls it. */
  forCounter: CounterNumber.nullable(),
  calls: z.number().int().nonnegative(),
  /** The last time it was called or recalled. */
  lastCallAt: instant.nullable(),
});
export type HallTicket = z.infer<typeof HallTicket>;

/** One call on the board and in the hall's loudspeaker. */
export const HallCall = z.object({
  ticketId: z.string(),
  number: ticketNumber,
  serviceId: ServiceId,
  counter: CounterNumber,
  priority: z.boolean(),
  at: instant,
  /** Clip names under assets/audio/vi, played in order after the chime. */
  clips: z.array(z.string().regex(/^[a-z0-9-]{1,64}$/)).max(40),
  /** The same words as text, for a caption. */
  text: z.string().max(200),
  recall: z.boolean(),
});
export type HallCall = z.infer<typeof HallCall>;

export const ServiceWaiting = z.object({
  serviceId: ServiceId,
  prefix: ServicePrefix,
  names: ServiceNames,
  counters: z.array(CounterNumber),
  waiting: z.number().int().nonnegative(),
  /** Seconds the longest-waiting ticket has waited; null when nobody waits. */
  longestWaitSec: z.number().int().nonnegative().nullable(),
});
export type ServiceWaiting = z.infer<typeof ServiceWaiting>;

/** What the hall display shows. */
export const HallBoard = z.object({
  day,
  /** The ticket each counter has called last and not yet closed, by counter. */
  current: z.array(HallCall),
  /** The last calls, newest first. */
  recent: z.array(HallCall).max(20),
  waiting: z.array(ServiceWaiting),
});
export type HallBoard = z.infer<typeof HallBoard>;

/** What a counter console shows of its own desk. */
export const CounterState = z.object({
  counter: CounterNumber,
  current: HallTicket.nullable(),
  services: z.array(ServiceWaiting),
});
export type CounterState = z.infer<typeof CounterState>;

export const HallDeviceKind = z.enum(['counter', 'display', 'kiosk']);
export type HallDeviceKind = z.infer<typeof HallDeviceKind>;

export const PairingCode = z.string().regex(/^\d{6}$/, 'six digits');

export const PairRequest = z
  .object({
    code: PairingCode,
    kind: HallDeviceKind,
    name: z.string().trim().min(1).max(60),
    /** A member kiosk's own id, as its QR codes print it; only a kiosk has one. */
    kioskId: HallKioskId.optional(),
  })
  .strict()
  .refine((p) => p.kioskId === undefined || p.kind === 'kiosk', { message: 'only a kiosk names a kiosk id', path: ['kioskId'] });
export const PairResult = z.object({ deviceId: z.string(), token: z.string(), kind: HallDeviceKind });

export const PairedDevice = z.object({
  id: z.string(),
  kind: HallDeviceKind,
  name: z.string(),
  pairedAt: instant,
  lastSeenAt: instant.nullable(),
  revokedAt: instant.nullable(),
});
export type PairedDevice = z.infer<typeof PairedDevice>;

/** A kiosk id a paired member reported (docs/hall.md, "Whose ticket a QR names"): first and last time it did. */
export const ReportedKioskId = z.object({ kioskId: z.string(), firstSeenAt: instant, lastSeenAt: instant });
export type ReportedKioskId = z.infer<typeof ReportedKioskId>;
/** A paired device as the technician's hall screen lists it: a member kiosk with the ids it reported, newest first. */
export const ListedHallDevice = PairedDevice.extend({ kioskIds: z.array(ReportedKioskId) });
export type ListedHallDevice = z.infer<typeof ListedHallDevice>;

export const CounterSignIn = z.object({ pin: z.string().min(1).max(32), counter: CounterNumber }).strict();
export const CounterSession = z.object({ session: z.string(), counter: CounterNumber, expiresAt: instant });
export type CounterSession = z.infer<typeof CounterSession>;

/** What a desk sign-in answers: a session, or why not (as the kiosk's PIN login does). */
export const CounterSignInResult = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('ok'), session: CounterSession }),
  z.object({ outcome: z.literal('wrong-pin'), attemptsLeft: z.number().int().nonnegative() }),
  z.object({ outcome: z.literal('locked'), lockedUntil: z.string() }),
  z.object({ outcome: z.literal('not-set') }),
]);
export type CounterSignInResult = z.infer<typeof CounterSignInResult>;

export const CounterAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('call-next') }).strict(),
  z.object({ action: z.literal('recall') }).strict(),
  z.object({ action: z.literal('served') }).strict(),
  z.object({ action: z.literal('no-show') }).strict(),
  z
    .object({ action: z.literal('transfer'), serviceId: ServiceId.optional(), counter: CounterNumber.optional() })
    .strict()
    .refine((t) => (t.serviceId === undefined) !== (t.counter === undefined), { message: 'transfer to one service or one counter' }),
]);
export type CounterAction = z.infer<typeof CounterAction>;

/** A member kiosk asks the host for the hall's next number. */
export const HallIssueRequest = z.object({ serviceId: ServiceId, priority: z.boolean().default(false) }).strict();

/**
 * The host's answer to a member's issue: the hall ticket and how it stands in the hall's line
 * when issued, which the member shows on its screen and paper (docs/hall.md, "Estimated wait").
 * Optional, so a member still reads the answer of a host from before they were sent.
 */
export const HallIssueAnswer = HallTicket.extend({
  waitingAhead: z.number().int().nonnegative().optional(),
  estimatedWaitMin: z.number().int().positive().nullable().optional(),
});
export type HallIssueAnswer = z.infer<typeof HallIssueAnswer>;

/** A member kiosk asks how one of its own tickets stands in the hall (a citizen scanned its QR). */
export const HallStandingRequest = z
  .object({
    day,
    number: ticketNumber,
    /** The kiosk id the QR names; when given it must be one this member reported, or the ticket is another hall's. */
    kiosk: HallKioskId.optional(),
  })
  .strict();

/**
 * How a ticket stands in the hall now: `waiting` until a desk closes it (a ticket at a desk is
 * `waiting` with nobody ahead), then `served` or `no-show`. Numbers only, never a person.
 */
export const HallStanding = z.object({
  status: z.enum(['waiting', 'served', 'no-show']),
  waitingAhead: z.number().int().nonnegative(),
  estimatedWaitMin: z.number().int().positive().nullable(),
});
export type HallStanding = z.infer<typeof HallStanding>;

/**
 * Any kiosk of the hall asks how a ticket another kiosk of the hall printed stands (its QR scanned
 * there on the way out). `kiosk` is the issuing kiosk the QR names.
 */
export const HallTicketStandingRequest = z.object({ kiosk: HallKioskId, day, number: ticketNumber }).strict();

/** How a ticket of the hall stands, with the service and times a kiosk needs to show it: still no person. */
export const HallTicketStanding = HallStanding.extend({
  serviceId: ServiceId,
  priority: z.boolean(),
  issuedAt: instant,
  closedAt: instant.nullable(),
});
export type HallTicketStanding = z.infer<typeof HallTicketStanding>;

/** A ticket a member kiosk issued from its offline block while the host was away. */
export const OfflineTicket = z
  .object({
    id: z.string().uuid(),
    day,
    number: ticketNumber,
    serviceId: ServiceId,
    priority: z.boolean(),
    issuedAt: instant,
  })
  .strict();
export type OfflineTicket = z.infer<typeof OfflineTicket>;

export const OfflineHandover = z.object({ tickets: z.array(OfflineTicket).min(1).max(200) }).strict();
export const HandoverResult = z.object({
  accepted: z.array(z.string()),
  /** Already in the queue (sent before): nothing changed. */
  known: z.array(z.string()),
  /** Refused with a reason (a number the hall already gave, an unknown service). */
  refused: z.array(z.object({ id: z.string(), code: z.string(), message: z.string() })),
});
export type HandoverResult = z.infer<typeof HandoverResult>;

const minutes = z.number().nonnegative().nullable();

/** A day of the hall's queue in figures (docs/hall.md, "Statistics"): the CLI's JSON and the staff screen. */
export const HallDayStats = z.object({
  day,
  /** Per hour of the center's wall clock (0–23): tickets issued, and served (counted in the hour served). */
  hours: z.array(z.object({ hour: z.number().int().min(0).max(23), issued: z.number().int(), served: z.number().int() })),
  /** Per service: counts, and minutes from issue to first call over the tickets called (null when none was). */
  services: z.array(
    z.object({
      serviceId: ServiceId,
      issued: z.number().int(),
      served: z.number().int(),
      noShow: z.number().int(),
      avgWaitMin: minutes,
      maxWaitMin: minutes,
    }),
  ),
});
export type HallDayStats = z.infer<typeof HallDayStats>;

/** Frames the host pushes on the live socket. */
export const HallPush = z.discriminatedUnion('type', [
  z.object({ type: z.literal('board'), board: HallBoard }),
  z.object({ type: z.literal('call'), call: HallCall }),
]);
export type HallPush = z.infer<typeof HallPush>;
