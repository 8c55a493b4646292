import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The folder name Electron gives `userData`: the app's `productName` (package.json). The CLI and
 * the web shell use the same folder, so a technician's `kiosk …` over SSH opens the database the
 * Electron kiosk writes. A test holds this equal to package.json.
 */
export const APP_DIR_NAME = 'Commune Service Kiosk';

/** Where the CLI and the web shell kept their data before they agreed with Electron. */
const LEGACY_DIR_NAME = 'commune-kiosk';

interface Where {
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  readonly home: string;
}

/** Electron's `appData` folder on each platform (app.getPath('appData')). */
function appDataDir({ env, platform, home }: Where): string {
  switch (platform) {
    case 'win32':
      return env.APPDATA ?? join(home, 'AppData', 'Roaming');
    case 'darwin':
      return join(home, 'Library', 'Application Support');
    default:
      return env.XDG_CONFIG_HOME ?? join(home, '.config');
  }
}

/** The folder the CLI and web shell used by default until this version (Linux: XDG data home). */
function legacyDataDir({ env, platform, home }: Where): string {
  if (platform === 'win32' || platform === 'darwin') return join(appDataDir({ env, platform, home }), LEGACY_DIR_NAME);
  return join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), LEGACY_DIR_NAME);
}

/**
 * Where the kiosk keeps its database, logs and catalog: `--data-dir`, then `KIOSK_DATA_DIR`, then
 * Electron's `userData` folder (`~/.config/Commune Service Kiosk`, `%APPDATA%\Commune Service Kiosk`).
 * A web-shell kiosk set up before the shells agreed keeps its old folder while the new one does
 * not exist, so an upgrade never starts over with an empty database.
 */
export function resolveDataDir(
  options: Readonly<{
    flag?: string;
    env?: NodeJS.ProcessEnv;
    platform?: NodeJS.Platform;
    home?: string;
    exists?: (path: string) => boolean;
  }> = {},
): string {
  const env = options.env ?? process.env;
  if (options.flag) return resolve(options.flag);
  if (env.KIOSK_DATA_DIR) return resolve(env.KIOSK_DATA_DIR);
  const where: Where = { env, platform: options.platform ?? process.platform, home: options.home ?? homedir() };
  const exists = options.exists ?? existsSync;
  const current = join(appDataDir(where), APP_DIR_NAME);
  const legacy = legacyDataDir(where);
  if (!exists(current) && exists(join(legacy, 'kiosk.db'))) return legacy;
  return current;
}
