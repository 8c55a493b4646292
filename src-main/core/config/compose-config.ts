import type { ExportTarget } from '../../api/channels/logs';
import type { KioskParts } from '../kiosk/kiosk-parts';
import { publicConfig } from './config-entries';
import { configHandlers } from './config-handlers';

export interface ConfigOptions {
  readonly appVersion: string;
  /** How often to look for settings changed by another process (the CLI); 0 turns it off. Default 2 s. */
  readonly pollMs?: number | undefined;
  /** The removable drives the screen may export settings to and import them from. */
  readonly exportTargets: () => ExportTarget[];
}

/** Settings as a feature: live change events to the screens, the poll for other processes' writes, handlers. */
export function composeConfig(parts: KioskParts, options: ConfigOptions) {
  const { config, bus } = parts;
  // Screens apply the public settings at once (idle time, center name) without a restart.
  config.onChangeBatch((keys) => bus.emit('config.onChanged', { keys: [...keys], public: publicConfig(config) }));
  const poll = options.pollMs === 0 ? null : setInterval(() => config.refreshFromDisk(), options.pollMs ?? 2000);
  poll?.unref();
  return {
    handlers: configHandlers({
      store: config,
      kioskId: parts.kioskId,
      fetch: parts.fetch,
      log: parts.log.child('config'),
      appVersion: options.appVersion,
      clock: parts.clock,
      exportTargets: options.exportTargets,
    }),
    close(): void {
      if (poll) clearInterval(poll);
    },
  };
}
