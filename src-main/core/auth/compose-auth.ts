import type { KioskParts } from '../kiosk/kiosk-parts';
import { authHandlers } from './auth-handlers';
import { AuthService } from './auth-service';
import type { ScryptCost } from './pin-hash';

export interface AuthOptions {
  /** PIN hashing cost; tests lower it, production keeps the default. */
  readonly pinCost?: ScryptCost | undefined;
}

/** Staff and technician PINs: the service and its handlers. */
export function composeAuth(parts: KioskParts, options: AuthOptions = {}) {
  const service = new AuthService({
    db: parts.db,
    clock: parts.now,
    log: parts.log.child('auth'),
    ...(options.pinCost ? { cost: options.pinCost } : {}),
  });
  return { service, handlers: authHandlers(service) };
}
