import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { isValidDossierCode } from '../../src-main/api/codes';
import { errorMessage } from '../../src-main/api/error-message';
import { type CenterFaults, type FaultPlan, NO_FAULTS, planFault, seededRandom } from './center-faults';
import { handleFeedback } from './center-feedback';
import { CenterStore } from './center-store';

/**
 * The reference center server: the contract of shared/DESIGN.md over real HTTP with its own
 * SQLite, plus fault injection. Runs in-process (`startCenterServer`) or as a process
 * (`center-server-cli.ts`); `/__admin/*` lets a test steer a server it did not start.
 */
export interface CenterServerOptions {
  readonly port?: number;
  /** SQLite file; `:memory:` by default. */
  readonly dbFile?: string;
  /** When set, requests must carry `Authorization: Bearer <token>`. */
  readonly token?: string;
  readonly faults?: Partial<CenterFaults>;
  readonly seed?: number;
  /** What `GET /api/v1/catalog` serves. */
  readonly catalog?: unknown;
  readonly clock?: () => Date;
}

export interface CenterServer {
  readonly url: string;
  readonly port: number;
  readonly store: CenterStore;
  faults(): CenterFaults;
  setFaults(faults: Partial<CenterFaults>): void;
  setStatus(code: string, status: string, note?: string): boolean;
  /** What the status answer's optional `payment` says from now on. */
  setPayment(code: string, state: 'unpaid' | 'paid'): boolean;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

const EventsBody = z.object({
  events: z
    .array(
      z.object({
        id: z.string().min(1).max(100),
        type: z.string().min(1).max(64),
        occurredAt: z.string().min(1),
        data: z.record(z.string(), z.unknown()),
      }),
    )
    .min(1)
    .max(1000),
});

const DossierBody = z.looseObject({ code: z.string(), procedureCode: z.string().min(1), applicant: z.unknown() });

const FaultsPatch = z
  .object({
    failRate: z.number().min(0).max(1),
    failStatus: z.number().int().min(100).max(599).nullable(),
    delayMs: z.number().int().min(0).max(600_000),
    dropRate: z.number().min(0).max(1),
    status: z.number().int().min(100).max(599).nullable(),
    retryAfterS: z.number().int().min(0).nullable(),
  })
  .partial();

class HttpAnswer {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpAnswer(413, { error: 'body too large' }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpAnswer(400, { error: 'body is not JSON' });
  }
}

export async function startCenterServer(options: CenterServerOptions = {}): Promise<CenterServer> {
  const store = new CenterStore(options.dbFile ?? ':memory:');
  const random = seededRandom(options.seed ?? 1);
  const clock = options.clock ?? (() => new Date());
  let faults: CenterFaults = { ...NO_FAULTS, ...options.faults };
  const catalog = options.catalog ?? { version: 'reference-1', procedures: [] };
  const catalogTag = `"${CenterStore.hash(JSON.stringify(catalog)).slice(0, 16)}"`;

  function handleApi(method: string, path: string, req: IncomingMessage, bodyText: string): HttpAnswer {
    const kioskId = String(req.headers['x-kiosk-id'] ?? '');
    const key = req.headers['idempotency-key'] ? String(req.headers['idempotency-key']) : null;
    const now = clock().toISOString();
    if (method === 'GET' && path === '/api/v1/health') return new HttpAnswer(200, { status: 'ok' });
    if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
      return new HttpAnswer(401, { error: 'missing or wrong kiosk token' });
    }
    if (!kioskId) return new HttpAnswer(400, { error: 'X-Kiosk-Id is required' });
    if (method === 'GET' && path === '/api/v1/catalog') {
      if (req.headers['if-none-match'] === catalogTag) return new HttpAnswer(304, null, { ETag: catalogTag });
      return new HttpAnswer(200, catalog, { ETag: catalogTag });
    }
    const status = /^\/api\/v1\/dossiers\/([^/]+)\/status$/.exec(path);
    if (method === 'GET' && status) {
      const found = store.dossier(decodeURIComponent(status[1] as string));
      if (!found) return new HttpAnswer(404, { error: 'unknown dossier' });
      const payment = store.payment(found.code);
      return new HttpAnswer(200, {
        code: found.code,
        status: found.status,
        updatedAt: found.updatedAt,
        note: found.note,
        ...(payment ? { payment } : {}),
      });
    }
    if (method === 'POST' && path === '/api/v1/dossiers') {
      if (!key) return new HttpAnswer(400, { error: 'Idempotency-Key is required' });
      const body = DossierBody.safeParse(parseJson(bodyText));
      if (!body.success) return new HttpAnswer(422, { error: 'body is not a dossier' });
      if (body.data.code !== key) return new HttpAnswer(422, { error: 'Idempotency-Key must be the dossier code' });
      if (!isValidDossierCode(key)) return new HttpAnswer(422, { error: 'not a valid dossier code' });
      const existing = store.dossier(key);
      if (existing) {
        if (existing.kioskId !== kioskId) return new HttpAnswer(409, { error: 'this code was already used by another kiosk' });
        if (existing.bodyHash !== CenterStore.hash(bodyText))
          return new HttpAnswer(422, { error: 'Idempotency-Key reused with a different body' });
        return new HttpAnswer(200, { code: existing.code, receivedAt: existing.receivedAt, reference: existing.reference });
      }
      const stored = store.insertDossier(key, kioskId, bodyText, now);
      return new HttpAnswer(201, { code: stored.code, receivedAt: stored.receivedAt, reference: stored.reference });
    }
    const feedback = handleFeedback(store, { method, path, kioskId, key, bodyText, now });
    if (feedback) return new HttpAnswer(feedback.status, feedback.body);
    if (method === 'POST' && path === '/api/v1/events') {
      if (!key) return new HttpAnswer(400, { error: 'Idempotency-Key is required' });
      const hash = CenterStore.hash(bodyText);
      const seen = store.batch(kioskId, key);
      if (seen) {
        if (seen.bodyHash !== hash) return new HttpAnswer(422, { error: 'Idempotency-Key reused with a different body' });
        return new HttpAnswer(200, { accepted: seen.accepted });
      }
      const body = EventsBody.safeParse(parseJson(bodyText));
      if (!body.success) return new HttpAnswer(422, { error: 'body is not {events:[{id,type,occurredAt,data}]}' });
      return new HttpAnswer(201, { accepted: store.insertBatch(kioskId, key, hash, body.data.events) });
    }
    return new HttpAnswer(404, { error: 'no such endpoint' });
  }

  function handleAdmin(method: string, path: string, bodyText: string): HttpAnswer {
    if (method === 'GET' && path === '/__admin/stats') {
      return new HttpAnswer(200, {
        dossiers: store.allDossiers().length,
        events: store.allEvents().length,
        requests: store.requestStats(),
      });
    }
    if (method === 'GET' && path === '/__admin/dossiers') return new HttpAnswer(200, store.allDossiers());
    if (method === 'GET' && path === '/__admin/faults') return new HttpAnswer(200, faults);
    if (method === 'POST' && path === '/__admin/faults') {
      const patch = FaultsPatch.safeParse(parseJson(bodyText));
      if (!patch.success) return new HttpAnswer(400, { error: patch.error.issues[0]?.message ?? 'bad faults' });
      faults = { ...faults, ...patch.data };
      return new HttpAnswer(200, faults);
    }
    const status = /^\/__admin\/dossiers\/([^/]+)\/status$/.exec(path);
    if (method === 'POST' && status) {
      const patch = z.object({ status: z.string().min(1), note: z.string().default('') }).safeParse(parseJson(bodyText));
      if (!patch.success) return new HttpAnswer(400, { error: 'expected {status, note}' });
      const ok = store.setStatus(decodeURIComponent(status[1] as string), patch.data.status, patch.data.note, clock().toISOString());
      return ok ? new HttpAnswer(200, { ok }) : new HttpAnswer(404, { error: 'unknown dossier' });
    }
    return new HttpAnswer(404, { error: 'no such admin endpoint' });
  }

  function send(res: ServerResponse, answer: HttpAnswer): void {
    const text = answer.body === null ? '' : JSON.stringify(answer.body);
    res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers }).end(text);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const bodyText = method === 'POST' ? await readBody(req) : '';
    if (path.startsWith('/__admin/')) {
      send(res, handleAdmin(method, path, bodyText));
      return;
    }
    const key = req.headers['idempotency-key'] ? String(req.headers['idempotency-key']) : null;
    const plan: FaultPlan = planFault(faults, random);
    if (faults.delayMs > 0) await new Promise((r) => setTimeout(r, faults.delayMs));
    if (plan.kind === 'drop-before') {
      store.logRequest(method, path, key, 0, 'drop-before');
      req.socket.destroy();
      return;
    }
    if (plan.kind === 'fail' && !plan.afterWork) {
      store.logRequest(method, path, key, plan.status, 'fail');
      const retry: Record<string, string> = faults.retryAfterS !== null ? { 'Retry-After': String(faults.retryAfterS) } : {};
      send(res, new HttpAnswer(plan.status, { error: 'injected failure' }, retry));
      return;
    }
    const answer = handleApi(method, path, req, bodyText);
    if (plan.kind === 'drop-after') {
      store.logRequest(method, path, key, answer.status, 'drop-after');
      req.socket.destroy();
      return;
    }
    if (plan.kind === 'fail') {
      store.logRequest(method, path, key, plan.status, 'fail-after-work');
      send(res, new HttpAnswer(plan.status, { error: 'injected failure after the work was stored' }));
      return;
    }
    store.logRequest(method, path, key, answer.status, 'none');
    send(res, answer);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent || res.destroyed) return;
      if (err instanceof HttpAnswer) send(res, err);
      else send(res, new HttpAnswer(500, { error: errorMessage(err) }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    store,
    faults: () => faults,
    setFaults(patch) {
      faults = { ...faults, ...patch };
    },
    setStatus: (code, status, note = '') => store.setStatus(code, status, note, clock().toISOString()),
    setPayment: (code, state) => store.setPayment(code, state),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
    },
  };
}
