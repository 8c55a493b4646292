import type { NetworkInterfaceInfo } from 'node:os';
import type { Timers } from './center-client';

export type ConnectivityReason = 'network-changed' | 'server-reachable';

export interface ConnectivityDeps {
  readonly timers: Timers;
  /** `os.networkInterfaces`, injected. */
  readonly interfaces: () => NodeJS.Dict<NetworkInterfaceInfo[]>;
  /** Asks the center server's health endpoint; true when it answers 200. */
  readonly probe: () => Promise<boolean>;
  /** Probe only while it can help: the queue is waiting on the server and has work. */
  readonly shouldProbe: () => boolean;
  readonly onChange: (reason: ConnectivityReason) => void;
  readonly intervalMs?: number;
}

function signature(all: NodeJS.Dict<NetworkInterfaceInfo[]>): string {
  const parts: string[] = [];
  for (const [name, list] of Object.entries(all)) {
    for (const info of list ?? []) if (!info.internal) parts.push(`${name}/${info.address}`);
  }
  return parts.sort().join(',');
}

/**
 * Node has no "online" event, so connectivity is watched two ways: a change in the machine's
 * network addresses (a cable, Wi-Fi or 4G dongle came back), and, while the outbox waits out a
 * backoff, a cheap health check of the center server so a recovered server is used within one
 * interval instead of after a capped backoff of minutes. Returns a function that stops watching.
 */
export function watchConnectivity(deps: ConnectivityDeps): () => void {
  const interval = deps.intervalMs ?? 10_000;
  let last = signature(deps.interfaces());
  let stopped = false;
  let handle: unknown = null;
  let probing = false;

  const tick = async (): Promise<void> => {
    if (stopped) return;
    const now = signature(deps.interfaces());
    if (now !== last) {
      last = now;
      deps.onChange('network-changed');
    } else if (!probing && deps.shouldProbe()) {
      probing = true;
      try {
        if ((await deps.probe()) && !stopped) deps.onChange('server-reachable');
      } finally {
        probing = false;
      }
    }
    if (!stopped) handle = deps.timers.setTimeout(() => void tick(), interval);
  };
  handle = deps.timers.setTimeout(() => void tick(), interval);
  return () => {
    stopped = true;
    if (handle !== null) deps.timers.clearTimeout(handle);
  };
}
