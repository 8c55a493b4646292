import { ApiError } from '../../api/errors';
import type { HallTicketStanding } from '../../api/hall';
import type { QueueStanding } from '../tickets/wait-estimate';
import type { HallQueue } from './hall-queue';
import type { HallRecord } from './hall-store';
import type { MemberKioskIds, QrIssuer } from './member-kiosk-ids';

const otherHall = (kiosk: string) =>
  new ApiError('other-hall', `kiosk ${kiosk} is not a kiosk of this hall: its tickets are another service hall's`);

/**
 * Whether the queue's ticket, given to the device `deviceId`, is the one a QR of `issuer` names
 * (docs/hall.md, "Whose ticket a QR names"): the host's own, or a member's that reported the QR's id.
 * A QR id nobody reported, while members of an older version have not told theirs, names the
 * ticket of that day and number when one of those silent members was given it: it is that member's
 * as far as the host can know. Given to anyone else, the QR cannot be that ticket (the host and the
 * members that told their ids print their own ids).
 */
export function issuedBy(issuer: QrIssuer, deviceId: string, hostId: string): boolean {
  switch (issuer.kind) {
    case 'host':
      return deviceId === hostId;
    case 'members':
      return issuer.deviceIds.has(deviceId);
    case 'unknown':
      return issuer.silentDeviceIds.has(deviceId);
    case 'other-hall':
      return false;
    default: {
      const unhandled: never = issuer;
      throw new Error(`unhandled QR issuer ${JSON.stringify(unhandled)}`);
    }
  }
}

/**
 * How a ticket of the hall stands, asked by a kiosk of the hall whose screen shows its QR
 * (docs/hall.md, "Whose ticket a QR names"). A QR names the kiosk that printed it, the day and the
 * number; the hall's numbers are one per day, so the number finds the queue's ticket, and the QR's
 * kiosk must be who asked for that number: the host itself, or a paired member whose reported id
 * it is. A kiosk id the hall does not know is `other-hall`; while paired members have not told
 * their ids it may be one of theirs: their ticket of that number, else `not-found`. A known kiosk
 * with a number it was not given is `not-found`. Never another ticket's standing.
 */
export class HallTicketStandings {
  constructor(
    private readonly queue: HallQueue,
    private readonly kiosks: MemberKioskIds,
    private readonly hostId: string,
  ) {}

  /**
   * How one of a member's own tickets stands, for that member (its QR scanned there on the way
   * out). `kiosk`, the QR's, must be an id the member reported; another kiosk's ticket is `not-found`.
   */
  standingFor(deviceId: string, day: string, number: string, kiosk?: string): QueueStanding {
    if (kiosk !== undefined && !this.kiosks.idsOf(deviceId).includes(kiosk)) throw otherHall(kiosk);
    const t = this.queue.findByNumber(day, number);
    const standing = t && t.kioskId === deviceId ? this.queue.standing(t) : null;
    if (!standing) throw new ApiError('not-found', `no ticket ${number} of ${day} from this kiosk in the hall`);
    return standing;
  }

  /** How any ticket of the hall stands, for whichever kiosk of the hall its QR is scanned at. */
  standingOfAny(kiosk: string, day: string, number: string): HallTicketStanding {
    const t = this.ticketOfQr(kiosk, day, number);
    const standing = this.queue.standing(t);
    if (!standing) throw new ApiError('not-found', `no ticket ${number} of ${day} in this hall`);
    return {
      status: standing.status,
      waitingAhead: standing.waitingAhead,
      estimatedWaitMin: standing.estimatedWaitMin,
      serviceId: t.serviceId,
      priority: t.priority,
      issuedAt: t.issuedAt,
      closedAt: t.closedAt,
    };
  }

  private ticketOfQr(kiosk: string, day: string, number: string): HallRecord {
    const issuer = this.kiosks.issuerOf(kiosk, day);
    if (issuer.kind === 'other-hall') throw otherHall(kiosk);
    const t = this.queue.findByNumber(day, number);
    if (!t || !issuedBy(issuer, t.kioskId, this.hostId))
      throw new ApiError('not-found', `no ticket ${number} of ${day} from kiosk ${kiosk} in this hall`);
    return t;
  }
}
