import { fileURLToPath } from 'node:url';
import type { Kiosk } from '../../core/kiosk/create-kiosk';
import type { Logger } from '../../core/logging/logger';
import { type HallServer, startHallServer } from './hall-server';

const ROOT = new URL('../../../', import.meta.url);

/**
 * A kiosk whose `hall.role` is `host` also serves the hall on the LAN (`hall.port`); any other
 * kiosk opens no LAN port at all. The setting is read at start: changing it takes a restart.
 */
export async function startHallIfHost(kiosk: Kiosk, options: Readonly<{ log: Logger; rendererDir?: string }>): Promise<HallServer | null> {
  if (kiosk.config.get('hall.role') !== 'host') return null;
  return startHallServer(kiosk.hall, {
    rendererDir: options.rendererDir ?? fileURLToPath(new URL('out/renderer', ROOT)),
    audioDir: fileURLToPath(new URL('assets/audio', ROOT)),
    log: options.log,
    port: kiosk.config.get('hall.port'),
  });
}
