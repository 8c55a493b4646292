import { ApiError } from '../../api/errors';
import type { HallTicketStanding } from '../../api/hall';
import type { QueueStanding } from '../tickets/wait-estimate';
import type { HallQueue } from './hall-queue';
import type { HallRecord } from './hall-store';
import type { MemberKioskIds } from './member-kiosk-ids';

const otherHall = (kiosk: string) =>
  new ApiError('other-hall', `kiosk ${kiosk} is not a kiosk of this hall: its tickets are another service hall's`);

/**
 * How a ticket of the hall stands, asked by a kiosk of the hall whose screen shows its QR
 * (docs/hall.md, "Whose ticket a QR names"). A QR names the kiosk that printed it, the day and the
 * number; the hall's numbers are one per day, so the number finds the queue's ticket, and the QR's
 * kiosk must be who asked for that number: the host itself, or a paired member whose reported id
 * it is. A kiosk id the hall does not know is `other-hall` (`not-found` while a paired member has
 * not told its id, as it might be that one's); a known kiosk with a number it was not given is
 * `not-found`. Never another ticket's standing.
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
    if (issuer.kind === 'unknown')
      throw new ApiError('not-found', `kiosk ${kiosk} is not known to this hall yet (a member has not told its id): ask at a desk`);
    const t = this.queue.findByNumber(day, number);
    const issuedThere = t !== undefined && (issuer.kind === 'host' ? t.kioskId === this.hostId : issuer.deviceIds.has(t.kioskId));
    if (!t || !issuedThere) throw new ApiError('not-found', `no ticket ${number} of ${day} from kiosk ${kiosk} in this hall`);
    return t;
  }
}
