import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A loopback port free right now, for a server that is not running yet (a center that comes back later). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The first port the system hands out by itself (to `listen(0)` and to outgoing connections). */
function ephemeralLow(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > 2048 ? low : 32768;
  } catch {
    return 32768;
  }
}

function tryListen(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/**
 * A free port for a server that must come back on the same port after it is killed (the hall
 * host: pages and members know it by address). It lies below the system's ephemeral range, so
 * while the server is down no `listen(0)` and no outgoing connection anywhere on the machine can
 * be given it (a port from `freePort()` can be, and the restart then finds it taken).
 */
export async function fixedFreePort(host = '0.0.0.0'): Promise<number> {
  const high = ephemeralLow() - 1;
  const low = Math.max(1024, high - 20_000);
  for (;;) {
    const port = low + Math.floor(Math.random() * (high - low));
    if (await tryListen(port, host)) return port;
  }
}
