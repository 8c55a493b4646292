import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { websocketTransport } from '../../../src-renderer/api/websocket-transport';

/**
 * The transport over a real socket (Node 22's WebSocket, the browser's API) to a real server on
 * a free port, which answers each call with its channel and can throw the client off.
 */
const http = createServer();
const server = new WebSocketServer({ server: http });
server.on('connection', (socket) => {
  socket.on('message', (data) => {
    const { id, channel } = JSON.parse(String(data)) as { id: number; channel: string };
    socket.send(JSON.stringify({ id, ok: true, result: channel }));
  });
});
const port = await new Promise<number>((resolve) => http.listen(0, '127.0.0.1', () => resolve((http.address() as AddressInfo).port)));

afterAll(async () => {
  for (const client of server.clients) client.terminate();
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => http.close(resolve));
});

/** Resolves on the next time the link goes `up` (or down). */
function nextLink(transport: ReturnType<typeof websocketTransport>, up: boolean): Promise<void> {
  return new Promise((resolve) => {
    let stop: () => void = () => undefined;
    let first = true;
    stop = transport.onConnectionChange((connected) => {
      // The listener is called at once with the current state: that is not a change.
      if (first) {
        first = false;
        return;
      }
      if (connected === up) {
        stop();
        resolve();
      }
    });
  });
}

describe('the web shell’s transport on a real socket', () => {
  it('comes back by itself after the host drops it, and calls work again', async () => {
    const transport = websocketTransport(`ws://127.0.0.1:${port}/bridge`);
    await expect(transport.invoke('system.info', {})).resolves.toEqual({ ok: true, result: 'system.info' });
    const down = nextLink(transport, false);
    const up = nextLink(transport, true);
    for (const client of server.clients) client.terminate();
    await down;
    await up;
    await expect(transport.invoke('catalog.search', {})).resolves.toEqual({ ok: true, result: 'catalog.search' });
  });
});
