import type { Clock } from '../../api/center-clock';
import { ApiError } from '../../api/errors';
import type { AuthService } from '../auth/auth-service';
import type { KioskParts } from '../kiosk/kiosk-parts';
import type { PartialHandlers } from '../rpc/handlers';
import type { NumberReservation, NumberSource } from '../tickets/ticket-numbering';
import { localStanding, type WaitEstimates } from '../tickets/wait-estimate';
import { CounterSessions } from './counter-sessions';
import { DevicePairing } from './device-pairing';
import { HallMember } from './hall-member';
import { HallQueue } from './hall-queue';
import { dayStats } from './hall-stats';
import { HallTicketStandings } from './hall-ticket-standings';
import { MemberKioskIds } from './member-kiosk-ids';

type HallChannel = 'hall.pairing.start' | 'hall.devices.list' | 'hall.devices.revoke' | 'hall.member.state' | 'hall.stats';

export interface HallFeature {
  /** The kiosk's clock, for the hall server's own limits. */
  readonly clock: Clock;
  readonly queue: HallQueue;
  /** The kiosk ids the host's members print in their QR codes. */
  readonly kiosks: MemberKioskIds;
  /** How a ticket whose QR is scanned at a kiosk of the hall stands. */
  readonly standings: HallTicketStandings;
  readonly pairing: DevicePairing;
  readonly sessions: CounterSessions;
  readonly member: HallMember;
}

/** The host's own kiosk takes the hall's next number inside its ticket transaction. */
function hostReservation(queue: HallQueue, kioskId: string, req: Readonly<{ serviceId: string; priority: boolean }>): NumberReservation {
  return {
    seq: (_db, day, prefix) => {
      const t = queue.issue({ serviceId: req.serviceId, priority: req.priority, kioskId });
      if (t.day !== day || t.prefix !== prefix)
        throw new ApiError('conflict', 'the hall number belongs to another day or letter: try again');
      return t.seq;
    },
  };
}

/**
 * The hall (docs/hall.md): the host's queue, device pairing and desk sessions, and a member's
 * link to its host. They are built in every kiosk (no timers unless a member has offline tickets
 * to hand over), so a technician can pair before switching `hall.role`; only a host listens on
 * the LAN (src-main/shells/hall). `numbers` is how the ticket feature numbers in each role.
 */
export function composeHall(parts: KioskParts, options: Readonly<{ auth: AuthService }>) {
  const log = parts.log.child('hall');
  const queue = new HallQueue({ db: parts.db, clock: parts.clock, log, hostId: parts.kioskId });
  const kiosks = new MemberKioskIds({ db: parts.db, clock: parts.clock, log, hostId: parts.kioskId });
  const feature: HallFeature = {
    clock: parts.clock,
    queue,
    kiosks,
    standings: new HallTicketStandings(queue, kiosks, parts.kioskId),
    pairing: new DevicePairing({ db: parts.db, clock: parts.clock, log, kiosks }),
    sessions: new CounterSessions({ auth: options.auth, clock: parts.clock }),
    member: new HallMember({
      db: parts.db,
      clock: parts.clock,
      config: parts.config,
      fetch: parts.fetch,
      timers: parts.timers,
      log,
      kioskId: parts.kioskId,
    }),
  };
  const numbers: NumberSource = {
    async reserve(req) {
      const role = parts.config.get('hall.role');
      switch (role) {
        case 'standalone':
          return null;
        case 'host':
          return hostReservation(feature.queue, parts.kioskId, req);
        case 'member':
          return feature.member.reserve(req);
        default: {
          const unhandled: never = role;
          throw new Error(`unhandled hall role ${String(unhandled)}`);
        }
      }
    },
  };
  // A ticket's line: its own kiosk's (standalone), the hall's (host), or what the host last said
  // of it (member: when it gave the number or when the QR was scanned here; unknown once that
  // is old or when the number was offline).
  const waits: WaitEstimates = {
    standing(t, localAhead) {
      const role = parts.config.get('hall.role');
      switch (role) {
        case 'standalone':
          return localStanding(parts.db, t, localAhead);
        case 'host':
          return feature.queue.standing(t) ?? localStanding(parts.db, t, localAhead);
        case 'member':
          if (t.status !== 'waiting') return localStanding(parts.db, t, localAhead);
          return feature.member.hostStanding(t) ?? { status: t.status, waitingAhead: localAhead, estimatedWaitMin: null, unknown: true };
        default: {
          const unhandled: never = role;
          throw new Error(`unhandled hall role ${String(unhandled)}`);
        }
      }
    },
    // A member asks its host when a ticket's QR is scanned: a desk there may have served it.
    async refresh(t) {
      if (parts.config.get('hall.role') === 'member' && t.status === 'waiting') await feature.member.ask(t);
    },
    // A ticket another kiosk of the hall printed: the host answers from its queue, a member asks it.
    async elsewhere(ref) {
      const role = parts.config.get('hall.role');
      if (role === 'host') return feature.standings.standingOfAny(ref.kiosk, ref.day, ref.number);
      if (role === 'member') return feature.member.askAbout(ref);
      return null;
    },
  };
  const handlers: PartialHandlers<HallChannel> = {
    'hall.pairing.start': () => feature.pairing.start(),
    'hall.devices.list': () => feature.kiosks.withReported(feature.pairing.list()),
    'hall.member.state': () => ({ kioskId: parts.kioskId, hostVersion: feature.member.hostVersion() }),
    'hall.stats': ({ day }) => dayStats(parts.db, day ?? feature.queue.today()),
    'hall.devices.revoke': ({ id }) => {
      const device = feature.pairing.revoke(id);
      feature.sessions.endDevice(id);
      return device;
    },
  };
  return {
    feature,
    numbers,
    waits,
    handlers,
    close(): void {
      feature.member.close();
    },
  };
}
