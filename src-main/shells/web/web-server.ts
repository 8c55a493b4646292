import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultAudioDir } from '../../core/aloud/compose-aloud';
import type { Kiosk } from '../../core/kiosk/create-kiosk';
import type { Logger } from '../../core/logging/logger';
import { securityHeaders } from '../policy/security-headers';
import { type BridgeLimits, createBridge } from './bridge';
import { LaunchCodes } from './launch-code';
import { serveStatic } from './static-files';

export interface WebShell {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly port: number;
  /**
   * A URL for a browser started by this process: it carries a one-time launch code instead of
   * the token, since a command line is readable by every local account.
   */
  launchUrl(): string;
  close(): Promise<void>;
}

/**
 * The browser shell: serves the built renderer and the API bridge on 127.0.0.1 only. The
 * per-launch token travels in the page URL, so only whoever was shown that URL can connect.
 */
export async function startWebShell(
  kiosk: Kiosk,
  options: Readonly<{
    rendererDir: string;
    /** assets/audio: the clips the "Nghe" button plays (served at `/audio/`, as the hall host does). */
    audioDir?: string;
    port?: number;
    token?: string;
    log: Logger;
    limits?: Partial<BridgeLimits>;
  }>,
): Promise<WebShell> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const audioDir = options.audioDir ?? defaultAudioDir();
  let origins: string[] = [];
  let hosts: string[] = [];
  const bridge = createBridge(kiosk, {
    token,
    allowedOrigins: () => origins,
    allowedHosts: () => hosts,
    log: options.log,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  let headers = securityHeaders();
  const launchCodes = new LaunchCodes(kiosk.clock);
  const server = createServer((req, res) => {
    if (!hosts.includes(req.headers.host ?? '')) {
      res.writeHead(421, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('wrong host');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    const launch = new URL(req.url ?? '/', 'http://x').searchParams.get('launch');
    if (launch !== null) {
      // The token reaches the browser in this answer, never in its command line.
      if (launchCodes.redeem(launch)) res.writeHead(303, { ...headers, Location: `/?token=${token}`, 'Cache-Control': 'no-store' }).end();
      else
        res
          .writeHead(403, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
          .end('this launch link was used already or has expired');
      return;
    }
    serveStatic(options.rendererDir, req, res, headers, audioDir);
  });
  server.on('upgrade', (req, socket, head) => bridge.handleUpgrade(req, socket, head));
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  // The page may open sockets to the bridge on this port and nowhere else.
  headers = securityHeaders({ connect: origins.map((o) => o.replace(/^http/, 'ws')) });
  const origin = origins[0] as string;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    launchUrl: () => `${origin}/?launch=${launchCodes.issue()}`,
    async close() {
      bridge.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
