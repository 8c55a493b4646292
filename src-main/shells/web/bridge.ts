import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { events, isEventName } from '../../api/contract';
import type { ApiErrorShape } from '../../api/errors';
import { MAX_REQUEST_BYTES, type ReplyFrame, RequestFrame } from '../../api/wire';
import type { Kiosk } from '../../core/kiosk/create-kiosk';
import { summarisingLog } from '../../core/logging/log-summary';
import type { Logger } from '../../core/logging/logger';
import type { Session } from '../../core/rpc/session';
import { isOwnOrigin } from '../policy/origin-policy';

/** Hard ceiling where ws itself closes the socket; between the two limits we answer politely. */
const WS_HARD_LIMIT = 2 * MAX_REQUEST_BYTES;

/** What one kiosk page needs, with room for a reload racing the old page's close. */
export const DEFAULT_BRIDGE_LIMITS: BridgeLimits = {
  maxConnections: 8,
  maxInFlight: 16,
  maxBufferedBytes: 4 * MAX_REQUEST_BYTES,
};

export interface BridgeLimits {
  /** Open bridge sockets at once; one more is refused with 503. */
  readonly maxConnections: number;
  /** Requests of one socket being answered at once; more are answered `busy` at once. */
  readonly maxInFlight: number;
  /** Replies queued for a socket that does not read them; past this it is closed. */
  readonly maxBufferedBytes: number;
}

/** How often refused connections are summed up in one log line. */
const REFUSAL_LOG_INTERVAL_MS = 60_000;

const STATUS_TEXT: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  421: 'Misdirected Request',
  503: 'Service Unavailable',
};

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function refuse(socket: Duplex, status: number, error: ApiErrorShape): void {
  const body = JSON.stringify({ ok: false, error });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Forbidden'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * The WebSocket side of the web shell: the same API the Electron preload exposes, for a
 * browser on this machine that knows the per-launch token and comes from our own origin.
 */
export function createBridge(
  kiosk: Kiosk,
  options: Readonly<{
    token: string;
    allowedOrigins: () => readonly string[];
    /** `Host` values this server answers to (the same rule as plain HTTP: DNS rebinding). */
    allowedHosts: () => readonly string[];
    log: Logger;
    limits?: Partial<BridgeLimits>;
  }>,
) {
  const limits: BridgeLimits = { ...DEFAULT_BRIDGE_LIMITS, ...options.limits };
  const wss = new WebSocketServer({ noServer: true, maxPayload: WS_HARD_LIMIT });
  /** Each open socket and the session (role, correlation id) of the page behind it. */
  const sockets = new Map<WebSocket, Session>();
  const { log } = options;
  const refusals = summarisingLog(log, { intervalMs: REFUSAL_LOG_INTERVAL_MS, clock: kiosk.clock });
  const refusalFlush = setInterval(() => refusals.flush(), REFUSAL_LOG_INTERVAL_MS);
  refusalFlush.unref();

  const stopEvents = kiosk.bus.onAny((event, payload, to) => {
    if (to === 'none') return;
    const frame = JSON.stringify({ event, payload });
    for (const [ws, session] of sockets) if ((to === 'all' || to === session) && ws.readyState === ws.OPEN) ws.send(frame);
  });

  let pendingUpgrades = 0;

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (!options.allowedHosts().includes(req.headers.host ?? '')) {
      refusals.warn('host', 'bridge connection refused: wrong Host header');
      refuse(socket, 421, { code: 'forbidden', message: 'wrong host' });
      return;
    }
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== '/bridge') {
      refuse(socket, 403, { code: 'forbidden', message: 'no such endpoint' });
      return;
    }
    const token = url.searchParams.get('token') ?? '';
    if (!token || !safeEqual(token, options.token)) {
      refusals.warn('token', 'bridge connection refused: missing or wrong token');
      refuse(socket, 401, { code: 'unauthorized', message: 'missing or wrong launch token' });
      return;
    }
    const origin = req.headers.origin ?? '';
    if (!isOwnOrigin(origin, options.allowedOrigins())) {
      refusals.warn('origin', 'bridge connection refused: foreign origin', { origin: origin.slice(0, 100) });
      refuse(socket, 403, { code: 'forbidden', message: 'connections are accepted from the kiosk page only' });
      return;
    }
    if (sockets.size + pendingUpgrades >= limits.maxConnections) {
      refusals.warn('full', 'bridge connection refused: too many connections', { open: sockets.size });
      refuse(socket, 503, { code: 'busy', message: 'the kiosk has too many open connections; close another page and try again' });
      return;
    }
    pendingUpgrades++;
    wss.handleUpgrade(req, socket, head, (ws) => {
      pendingUpgrades--;
      attach(ws);
    });
  }

  function attach(ws: WebSocket): void {
    const session = kiosk.newSession();
    sockets.set(ws, session);
    let inFlight = 0;
    const send = (frame: ReplyFrame | { event: string; payload: unknown }) => {
      if (ws.readyState !== ws.OPEN) return;
      ws.send(JSON.stringify(frame));
      // A page that stops reading would make us hold every reply in memory: let it go instead.

      if (ws.bufferedAmount > limits.maxBufferedBytes) {
        log.warn('bridge connection closed: it does not read its replies', { buffered: ws.bufferedAmount });
        ws.terminate();
      }
    };
    const stopRole = session.onRoleChange((role) => {
      const name = 'system.onSessionChanged';
      if (isEventName(name)) send({ event: name, payload: events[name].payload.parse({ role }) });
    });
    ws.on('message', (data, isBinary) => {
      void onMessage(data as Buffer, isBinary);
    });
    ws.on('error', (err) => log.warn('bridge socket error', { error: err.message }));
    ws.on('close', () => {
      stopRole();
      sockets.delete(ws);
      kiosk.bus.forget(session);
    });

    async function onMessage(data: Buffer, isBinary: boolean): Promise<void> {
      if (isBinary) {
        send({ id: null, ok: false, error: { code: 'bad-request', message: 'binary frames are not accepted' } });
        return;
      }
      if (data.length > MAX_REQUEST_BYTES) {
        send({ id: null, ok: false, error: { code: 'payload-too-large', message: `request over ${MAX_REQUEST_BYTES} bytes` } });
        return;
      }
      let raw: unknown;
      try {
        raw = JSON.parse(data.toString('utf8'));
      } catch {
        send({ id: null, ok: false, error: { code: 'bad-request', message: 'request is not valid JSON' } });
        return;
      }
      const frame = RequestFrame.safeParse(raw);
      if (!frame.success) {
        const id = typeof (raw as { id?: unknown })?.id === 'number' ? (raw as { id: number }).id : null;
        send({ id, ok: false, error: { code: 'bad-request', message: 'request must be {id, channel, args}' } });
        return;
      }
      if (inFlight >= limits.maxInFlight) {
        send({ id: frame.data.id, ok: false, error: { code: 'busy', message: `more than ${limits.maxInFlight} requests at once` } });
        return;
      }
      inFlight++;
      try {
        const reply = await kiosk.dispatch(session, frame.data.channel, frame.data.args);
        send({ id: frame.data.id, ...reply });
      } finally {
        inFlight--;
      }
    }
  }

  return {
    handleUpgrade,
    close(): void {
      stopEvents();
      clearInterval(refusalFlush);
      refusals.flush();
      for (const ws of sockets.keys()) ws.terminate();
      wss.close();
    },
  };
}
