import type { Shell, SystemInfo } from '../../api/channels/system';
import type { KioskParts } from '../kiosk/kiosk-parts';
import { systemHandlers } from './system-handlers';

export interface SystemOptions {
  readonly appVersion: string;
  readonly shell: Shell;
}

/** What the kiosk says about itself (`system.info`) and the session channels. */
export function composeSystem(parts: KioskParts, options: SystemOptions) {
  const { config, db } = parts;
  const startedAt = parts.clock.now().toISOString();
  const info = (): SystemInfo => ({
    appVersion: options.appVersion,
    shell: options.shell,
    kioskId: parts.kioskId,
    centerName: config.get('center.name'),
    committeeName: config.get('center.committeeName'),
    centerPhone: config.get('center.phone'),
    defaultLanguage: config.get('ui.defaultLanguage'),
    idleTimeoutS: config.get('ui.idleTimeoutS'),
    retentionDays: config.get('dossiers.retentionDays'),
    orientation: config.get('ui.orientation'),
    dataDir: parts.dataDir,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    startedAt,
  });
  return { handlers: systemHandlers(info, parts.clock) };
}
