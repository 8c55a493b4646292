import { fileURLToPath } from 'node:url';
import type { Kiosk } from '../../core/kiosk/create-kiosk';
import type { Logger } from '../../core/logging/logger';
import { appFile } from '../../core/system/app-root';
import { type HallServer, startHallServer } from './hall-server';

/**
 * A kiosk whose `hall.role` is `host` also serves the hall on the LAN (`hall.port`); any other
 * kiosk opens no LAN port at all. The setting is read at start: changing it takes a restart.
 * Both shells start it this way: the web shell's main and the Electron shell's kiosk-app.
 */
export async function startHallIfHost(kiosk: Kiosk, options: Readonly<{ log: Logger; rendererDir?: string }>): Promise<HallServer | null> {
  if (kiosk.config.get('hall.role') !== 'host') return null;
  return startHallServer(kiosk.hall, {
    // Found from the app's root, so the source tree, a build (out/main) and a package find them alike.
    rendererDir: options.rendererDir ?? fileURLToPath(appFile('out/renderer')),
    audioDir: fileURLToPath(appFile('assets/audio')),
    log: options.log,
    port: kiosk.config.get('hall.port'),
  });
}
