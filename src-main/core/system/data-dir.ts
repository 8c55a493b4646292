import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_DIR_NAME = 'commune-kiosk';

/**
 * Where the kiosk keeps its database, logs and catalog: `--data-dir`, then `KIOSK_DATA_DIR`,
 * then the platform's per-user data folder (Electron passes its own `userData`).
 */
export function resolveDataDir(
  options: Readonly<{
    flag?: string;
    env?: NodeJS.ProcessEnv;
    platform?: NodeJS.Platform;
    home?: string;
  }> = {},
): string {
  const env = options.env ?? process.env;
  if (options.flag) return resolve(options.flag);
  if (env.KIOSK_DATA_DIR) return resolve(env.KIOSK_DATA_DIR);
  const home = options.home ?? homedir();
  switch (options.platform ?? process.platform) {
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
    case 'darwin':
      return join(home, 'Library', 'Application Support', APP_DIR_NAME);
    default:
      return join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), APP_DIR_NAME);
  }
}
