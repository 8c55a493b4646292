import type { Clock } from '../../api/center-clock';
import type { ChannelName } from '../../api/contract';
import type { Devices } from '../../hardware/devices';
import type { ConfigStore } from '../config/config-store';
import type { Database } from '../db/open-database';
import type { Logger } from '../logging/logger';
import type { Timers } from '../outbox/center-client';
import type { EventBus } from '../rpc/event-bus';
import type { Handler } from '../rpc/handlers';
import type { FetchFn } from '../system/fetch-fn';

/**
 * What every feature is built from. `createKiosk` makes these once; each feature's
 * `compose<Feature>(parts, options)` takes them and whatever of its own it needs.
 */
export interface KioskParts {
  readonly dataDir: string;
  readonly db: Database;
  readonly clock: Clock;
  /** The core logger; a feature logs through its own child (`log.child('tickets')`). */
  readonly log: Logger;
  readonly config: ConfigStore;
  readonly bus: EventBus;
  readonly kioskId: string;
  /** HTTP to the center server. */
  readonly fetch: FetchFn;
  readonly timers: Timers;
  /** The hardware layer, absent in shells without one (the CLI, most tests). */
  readonly devices: Devices | undefined;
}

/** What a compose function hands back: its RPC handlers and how to stop what it started. */
export interface ComposedFeature {
  readonly handlers: { readonly [C in ChannelName]?: Handler<C> };
  close?(): void | Promise<void>;
}
