import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { events, isEventName } from '../../api/contract';
import type { ApiErrorShape } from '../../api/errors';
import { MAX_REQUEST_BYTES, type ReplyFrame, RequestFrame } from '../../api/wire';
import type { Kiosk } from '../../core/kiosk/create-kiosk';
import type { Logger } from '../../core/logging/logger';
import { isOwnOrigin } from '../policy/origin-policy';

/** Hard ceiling where ws itself closes the socket; between the two limits we answer politely. */
const WS_HARD_LIMIT = 8 * MAX_REQUEST_BYTES;

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function refuse(socket: Duplex, status: number, error: ApiErrorShape): void {
  const body = JSON.stringify({ ok: false, error });
  socket.end(
    `HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : 'Forbidden'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * The WebSocket side of the web shell: the same API the Electron preload exposes, for a
 * browser on this machine that knows the per-launch token and comes from our own origin.
 */
export function createBridge(kiosk: Kiosk, options: Readonly<{ token: string; allowedOrigins: () => readonly string[]; log: Logger }>) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: WS_HARD_LIMIT });
  const sockets = new Set<WebSocket>();
  const { log } = options;

  const stopEvents = kiosk.bus.onAny((event, payload) => {
    const frame = JSON.stringify({ event, payload });
    for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(frame);
  });

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== '/bridge') {
      refuse(socket, 403, { code: 'forbidden', message: 'no such endpoint' });
      return;
    }
    const token = url.searchParams.get('token') ?? '';
    if (!token || !safeEqual(token, options.token)) {
      log.warn('bridge connection refused: missing or wrong token');
      refuse(socket, 401, { code: 'unauthorized', message: 'missing or wrong launch token' });
      return;
    }
    const origin = req.headers.origin ?? '';
    if (!isOwnOrigin(origin, options.allowedOrigins())) {
      log.warn('bridge connection refused: foreign origin', { origin: origin.slice(0, 100) });
      refuse(socket, 403, { code: 'forbidden', message: 'connections are accepted from the kiosk page only' });
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => attach(ws));
  }

  function attach(ws: WebSocket): void {
    sockets.add(ws);
    const session = kiosk.newSession();
    const send = (frame: ReplyFrame | { event: string; payload: unknown }) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
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
      const reply = await kiosk.dispatch(session, frame.data.channel, frame.data.args);
      send({ id: frame.data.id, ...reply });
    }
  }

  return {
    handleUpgrade,
    close(): void {
      stopEvents();
      for (const ws of sockets) ws.terminate();
      wss.close();
    },
  };
}
