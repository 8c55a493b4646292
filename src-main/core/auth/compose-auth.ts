import type { KioskParts } from '../kiosk/kiosk-parts';
import { authHandlers } from './auth-handlers';
import { AuthService } from './auth-service';
import type { ScryptCost } from './pin-hash';
import { SetupCode } from './setup-code';

export interface AuthOptions {
  /** PIN hashing cost; tests lower it, production keeps the default. */
  readonly pinCost?: ScryptCost | undefined;
  /** Make a first-run setup code when no technician PIN is set (screen shells; not the CLI). */
  readonly setupCode?: boolean | undefined;
}

/** Staff and technician PINs: the service and its handlers. */
export function composeAuth(parts: KioskParts, options: AuthOptions = {}) {
  const service = new AuthService({
    db: parts.db,
    clock: parts.clock,
    log: parts.log.child('auth'),
    ...(options.pinCost ? { cost: options.pinCost } : {}),
  });
  const setup = options.setupCode && !service.isSet('technician') ? new SetupCode(parts.log.child('auth')) : null;
  return { service, handlers: authHandlers(service, setup) };
}
