import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import type { HallPush } from '../../api/hall';
import type { HallFeature } from '../../core/hall/compose-hall';
import type { Logger } from '../../core/logging/logger';

const REVERIFY_MS = 5000;
const BOARD_EVERY_MS = 100;

function refuse(socket: Duplex, status: 401 | 403, code: string, message: string): void {
  const body = JSON.stringify({ ok: false, error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : 'Forbidden'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * The live socket `/api/hall/live?token=…`: the board when a page connects and whenever the
 * queue changes, and each call the moment it is made (the display flashes and plays it). Pages
 * only listen; anything they send closes the socket. A revoked device is dropped within seconds.
 */
export function createHallLive(hall: HallFeature, log: Logger) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 });
  /** Each socket's device token, checked again every few seconds: a revoke (here or from the CLI) drops it. */
  const sockets = new Map<WebSocket, string>();
  let boardPending = false;
  const recheck = setInterval(() => {
    for (const [ws, token] of sockets) if (!hall.pairing.verify(token)) ws.close(4001, 'revoked');
  }, REVERIFY_MS);
  recheck.unref();

  const send = (ws: WebSocket, push: HallPush) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(push));
  };
  const broadcast = (push: HallPush) => {
    const text = JSON.stringify(push);
    for (const ws of sockets.keys()) if (ws.readyState === ws.OPEN) ws.send(text);
  };
  const stopCalls = hall.queue.onCall((call) => broadcast({ type: 'call', call }));
  // Changes close together (a busy morning, a batch handed over) make one board every 100 ms at
  // most; calls are pushed at once, so the board never delays an announcement.
  const stopChanges = hall.queue.onChange(() => {
    if (boardPending) return;
    boardPending = true;
    setTimeout(() => {
      boardPending = false;
      if (sockets.size > 0) broadcast({ type: 'board', board: hall.queue.board() });
    }, BOARD_EVERY_MS).unref();
  });

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const token = new URL(req.url ?? '/', 'http://x').searchParams.get('token') ?? '';
    const device = hall.pairing.verify(token);
    if (!device) {
      log.warn('hall live socket refused: not paired');
      refuse(socket, 401, 'unauthorized', 'this device is not paired with the hall host (or was revoked)');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.set(ws, token);
      ws.on('message', () => ws.close(1008, 'the live socket only listens'));
      ws.on('error', (err) => log.warn('hall live socket error', { error: err.message }));
      ws.on('close', () => sockets.delete(ws));
      send(ws, { type: 'board', board: hall.queue.board() });
    });
  }

  return {
    handleUpgrade,
    close(): void {
      clearInterval(recheck);
      stopCalls();
      stopChanges();
      for (const ws of sockets.keys()) ws.terminate();
      wss.close();
    },
  };
}
