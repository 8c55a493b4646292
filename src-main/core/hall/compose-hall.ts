import type { AuthService } from '../auth/auth-service';
import type { KioskParts } from '../kiosk/kiosk-parts';
import type { PartialHandlers } from '../rpc/handlers';
import { CounterSessions } from './counter-sessions';
import { DevicePairing } from './device-pairing';
import { HallQueue } from './hall-queue';

type HallChannel = 'hall.pairing.start' | 'hall.devices.list' | 'hall.devices.revoke';

export interface HallFeature {
  readonly queue: HallQueue;
  readonly pairing: DevicePairing;
  readonly sessions: CounterSessions;
}

/**
 * The hall host's services (docs/hall.md): the queue, device pairing and desk sessions. They are
 * built in every kiosk (cheap: no timers) so the technician can pair devices before switching
 * `hall.role` to host; only a host listens on the LAN (src-main/shells/hall).
 */
export function composeHall(parts: KioskParts, options: Readonly<{ auth: AuthService }>) {
  const log = parts.log.child('hall');
  const feature: HallFeature = {
    queue: new HallQueue({ db: parts.db, clock: parts.now, log, hostId: parts.kioskId }),
    pairing: new DevicePairing({ db: parts.db, clock: parts.now, log }),
    sessions: new CounterSessions({ auth: options.auth, clock: parts.now }),
  };
  const handlers: PartialHandlers<HallChannel> = {
    'hall.pairing.start': () => feature.pairing.start(),
    'hall.devices.list': () => feature.pairing.list(),
    'hall.devices.revoke': ({ id }) => {
      const device = feature.pairing.revoke(id);
      feature.sessions.endDevice(id);
      return device;
    },
  };
  return { ...feature, feature, handlers };
}
