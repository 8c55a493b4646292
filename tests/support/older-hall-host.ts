import { createServer, type IncomingMessage, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HALL_KIOSK_HEADER, HALL_KIOSK_IDS_HEADER } from '../../src-main/api/hall';

/** What a hall host of an older version did not know yet. */
export type OlderHostVersion =
  /** Before kiosk ids (docs/hall.md, "Whose ticket a QR names"): strict schemas without them. */
  | 'before-kiosk-ids'
  /** Before a ticket's QR could be scanned at another kiosk of the hall: no /api/hall/ticket-standing either. */
  | 'before-ticket-standing';

export interface OlderHallHost {
  /** Where members reach it, as they would reach the host. */
  readonly base: string;
  /** Requests it refused as the older host would (a field it did not know, a path it did not have). */
  readonly refused: string[];
  close(): Promise<void>;
}

/** Body fields an older host's strict schemas refused, by path. */
const NEWER_FIELDS: Readonly<Record<string, string>> = { '/api/hall/pair': 'kioskId', '/api/hall/standing': 'kiosk' };

const readAll = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
};

/**
 * A hall host of an older version in front of a real one, on a real socket (port 0): it ignores
 * `X-Kiosk-Id`, refuses with `400 bad-request` the body fields its strict schemas did not have,
 * answers `404 not-found` for a path it did not have, and never sends HALL_KIOSK_IDS_HEADER.
 * Everything else is the real host's answer: the queue, tokens and rate limits are its.
 */
export async function startOlderHallHost(target: string, version: OlderHostVersion): Promise<OlderHallHost> {
  const to = new URL(target);
  const refused: string[] = [];
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const body = await readAll(req);
    const refuse = (status: number, code: string, message: string) => {
      refused.push(`${req.method} ${path}: ${message}`);
      res
        .writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
        .end(JSON.stringify({ ok: false, error: { code, message } }));
    };
    if (version === 'before-ticket-standing' && path === '/api/hall/ticket-standing')
      return refuse(404, 'not-found', 'no such hall endpoint');
    const field = NEWER_FIELDS[path];
    if (field && body.length > 0) {
      const parsed = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      if (field in parsed) return refuse(400, 'bad-request', `Unrecognized key: "${field}"`);
    }
    const headers: Record<string, string | string[] | undefined> = { ...req.headers, host: to.host };
    delete headers[HALL_KIOSK_HEADER];
    const forward = request({ host: to.hostname, port: to.port, path: req.url, method: req.method, headers }, (answer) => {
      const back = { ...answer.headers };
      delete back[HALL_KIOSK_IDS_HEADER];
      res.writeHead(answer.statusCode ?? 502, back);
      answer.pipe(res);
    });
    forward.on('error', () => res.writeHead(502).end());
    forward.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
