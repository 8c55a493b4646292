import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { ApiError } from '../../api/errors';
import type { HallFeature } from '../../core/hall/compose-hall';
import type { Logger } from '../../core/logging/logger';
import { resolveAudioFile } from '../policy/audio-files';
import { isAllowedLanHost, isSameOriginRequest } from '../policy/lan-host-policy';
import { resolveRendererFile } from '../policy/renderer-files';
import { securityHeaders } from '../policy/security-headers';
import { createHallApi } from './hall-api';
import { createHallLive } from './hall-live';
import { sendError } from './http-json';

export interface HallServerOptions {
  /** Built renderer (out/renderer): only its counter and display pages and their assets are served. */
  readonly rendererDir: string;
  /** assets/audio: `chime.wav` and `vi/<clip>.wav`. */
  readonly audioDir: string;
  readonly log: Logger;
  /** 0 lets the system choose (tests). */
  readonly port: number;
  /** Address to listen on: every interface by default (the LAN); tests use 127.0.0.1. */
  readonly bind?: string;
  /** Names of this machine a browser may use in `Host` (default: its hostname and `<hostname>.local`). */
  readonly names?: readonly string[];
}

export interface HallServer {
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

const PAGES: Readonly<Record<string, string>> = { '/counter': '/counter.html', '/display': '/display.html' };
const TEXT = { 'Content-Type': 'text/plain; charset=utf-8' };

/**
 * The hall host on the LAN (docs/hall.md): the counter console and hall display pages, the clips
 * they play, the hall API and the live socket. Every request must name this machine in `Host`
 * and, from a page, come from this host's own origin; the API wants a paired device's token.
 */
export async function startHallServer(hall: HallFeature, options: HallServerOptions): Promise<HallServer> {
  const names = options.names ?? [hostname(), `${hostname()}.local`];
  const api = createHallApi(hall, options.log);
  const live = createHallLive(hall, options.log);
  let port = options.port;

  const headersFor = (host: string) => securityHeaders({ connect: [`ws://${host}`] });

  function guard(req: IncomingMessage): { host: string } | { refuse: number; message: string } {
    const host = req.headers.host ?? '';
    if (!isAllowedLanHost(host, port, names)) return { refuse: 421, message: 'wrong host' };
    if (!isSameOriginRequest(req.headers.origin, host)) return { refuse: 403, message: 'requests are accepted from the hall pages only' };
    return { host };
  }

  function serveFile(req: IncomingMessage, res: ServerResponse, path: string, headers: Readonly<Record<string, string>>): void {
    const page = PAGES[path];
    const found =
      resolveAudioFile(options.audioDir, path) ??
      (page || path.startsWith('/assets/') ? resolveRendererFile(options.rendererDir, page ?? path) : ({ kind: 'not-found' } as const));
    if (found.kind !== 'file' || !existsSync(found.path) || !statSync(found.path).isFile()) {
      res.writeHead(404, { ...headers, ...TEXT }).end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': found.contentType, 'Cache-Control': found.cacheControl });
    if (req.method === 'HEAD') res.end();
    else createReadStream(found.path).pipe(res);
  }

  const server = createServer((req, res) => {
    const checked = guard(req);
    if ('refuse' in checked) {
      options.log.warn('hall request refused', { status: checked.refuse, origin: (req.headers.origin ?? '').slice(0, 100) });
      res.writeHead(checked.refuse, { ...securityHeaders(), ...TEXT }).end(checked.message);
      return;
    }
    const headers = headersFor(checked.host);
    let path: string;
    try {
      path = new URL(req.url ?? '/', 'http://x').pathname;
    } catch {
      res.writeHead(400, { ...headers, ...TEXT }).end('bad path');
      return;
    }
    if (path.startsWith('/api/hall/')) {
      void api(req, res, path, headers);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, new ApiError('bad-request', 'pages are read with GET'), { ...headers, Allow: 'GET, HEAD' }, 405);
      return;
    }
    serveFile(req, res, path, headers);
  });
  server.on('upgrade', (req, socket, head) => {
    const checked = guard(req);
    const path = (req.url ?? '').split('?')[0];
    if ('refuse' in checked || path !== '/api/hall/live') {
      options.log.warn('hall live socket refused', { origin: (req.headers.origin ?? '').slice(0, 100) });
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    live.handleUpgrade(req, socket, head);
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.bind ?? '0.0.0.0', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  options.log.info('hall host listening', { port });
  return {
    port,
    url: `http://${options.bind && options.bind !== '0.0.0.0' ? options.bind : '127.0.0.1'}:${port}`,
    async close() {
      live.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
