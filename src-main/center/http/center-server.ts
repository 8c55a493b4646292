import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Clock, systemClock } from '../../api/center-clock';
import { errorMessage } from '../../api/error-message';
import type { Logger } from '../../core/logging/logger';
import type { CenterStore } from '../store/center-store';
import { fail, HttpAnswer, readBody, send } from './http-answer';
import { kioskApi } from './kiosk-api';

export interface CenterServerOptions {
  readonly store: CenterStore;
  readonly log: Logger;
  readonly clock?: Clock;
  readonly port?: number;
  readonly host?: string;
  /** Extra routes (the back office), tried after the kiosk contract. */
  readonly extra?: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<HttpAnswer | 'handled' | null>;
}

export interface RunningCenterServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** A dossier body is a form and a document list, not files: 1 MB is generous. */
const MAX_API_BODY = 1024 * 1024;

/** The center's HTTP server: the kiosk contract under /api/v1, and whatever `extra` serves. */
export async function startCenterHttp(options: CenterServerOptions): Promise<RunningCenterServer> {
  const clock = options.clock ?? systemClock;
  const api = kioskApi({ store: options.store, clock, log: options.log });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<HttpAnswer | 'handled'> {
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://center').pathname;
    if (path.startsWith('/api/v1/')) {
      const body = method === 'POST' ? await readBody(req, MAX_API_BODY) : '';
      if (method === 'GET' && path === '/api/v1/health') return new HttpAnswer(200, { status: 'ok' });
      if (method === 'POST' && path === '/api/v1/enrol') return api.enrol(body);
      if (method === 'GET' && path === '/api/v1/catalog') return api.catalog(req);
      if (method === 'POST' && path === '/api/v1/dossiers') return api.submitDossier(req, body);
      if (method === 'POST' && path === '/api/v1/events') return api.events(req, body);
      if (method === 'POST' && path === '/api/v1/feedback') return api.submitFeedback(req, body);
      const feedback = /^\/api\/v1\/feedback\/([^/]{1,40})$/.exec(path);
      if (method === 'GET' && feedback) return api.feedbackStatus(req, decodeURIComponent(feedback[1] as string));
      const status = /^\/api\/v1\/dossiers\/([^/]{1,40})\/status$/.exec(path);
      if (method === 'GET' && status) return api.dossierStatus(req, decodeURIComponent(status[1] as string));
      return fail(404, 'not-found', 'no such endpoint');
    }
    const extra = options.extra ? await options.extra(req, res, path) : null;
    return extra ?? fail(404, 'not-found', 'not found');
  }

  const server = createServer((req, res) => {
    route(req, res)
      .then((answer) => {
        if (answer !== 'handled') send(res, answer);
      })
      .catch((err: unknown) => {
        if (res.headersSent || res.destroyed) return;
        if (err instanceof HttpAnswer) {
          send(res, err);
          return;
        }
        options.log.error('request failed', {
          path: (req.url ?? '').split('?')[0],
          error: errorMessage(err),
        });
        // The database may be briefly away (failover, restart): the kiosk retries a 503.
        send(res, fail(503, 'unavailable', 'the center could not complete this request; try again', { 'Retry-After': '2' }));
      });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${port}`,
    port,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await api.close();
    },
  };
}
