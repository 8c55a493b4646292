import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { watchConnectivity } from '../../../src-main/core/outbox/connectivity';
import { manualTimers } from './outbox-helpers';

const iface = (address: string): NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '00:00:00:00:00:00',
  internal: false,
  cidr: `${address}/24`,
});

describe('connectivity watch', () => {
  it('reports a changed network address at once, and a reachable server only while the outbox waits', async () => {
    const timers = manualTimers();
    let interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = { lo: [{ ...iface('127.0.0.1'), internal: true }] };
    let waiting = false;
    let serverUp = false;
    let probes = 0;
    const seen: string[] = [];
    const stop = watchConnectivity({
      timers,
      interfaces: () => interfaces,
      probe: async () => {
        probes += 1;
        return serverUp;
      },
      shouldProbe: () => waiting,
      onChange: (reason) => seen.push(reason),
    });
    const tick = async () => {
      timers.fireAll();
      await new Promise((r) => setImmediate(r));
    };

    await tick();
    expect(seen).toEqual([]);
    expect(probes).toBe(0);

    interfaces = { ...interfaces, wwan0: [iface('10.64.1.7')] };
    await tick();
    expect(seen).toEqual(['network-changed']);

    waiting = true;
    await tick();
    expect(probes).toBe(1);
    expect(seen).toEqual(['network-changed']);

    serverUp = true;
    await tick();
    expect(seen).toEqual(['network-changed', 'server-reachable']);

    stop();
    expect(timers.pending()).toBe(0);
  });
});
