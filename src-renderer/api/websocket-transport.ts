import { Backoff } from '../../src-main/api/backoff';
import { EventFrame, parseFrame, type Reply, ReplyFrame } from '../../src-main/api/wire';
import type { Transport } from './transport';

interface Pending {
  resolve(reply: Reply): void;
  timer: ReturnType<typeof setTimeout>;
}

const CALL_TIMEOUT_MS = 30_000;

/**
 * The web shell's bridge. Reconnects with backoff when the host restarts; calls made while
 * disconnected answer `unavailable` at once instead of hanging a citizen's screen.
 */
export function websocketTransport(url: string): Transport {
  const pending = new Map<number, Pending>();
  const eventListeners = new Set<(frame: EventFrame) => void>();
  const connListeners = new Set<(connected: boolean) => void>();
  let ws: WebSocket | null = null;
  let connected = false;
  let nextId = 1;
  const reconnect = new Backoff({ baseMs: 250, capMs: 5000, jitter: 'none' });
  let opening: Promise<void> | null = null;

  const setConnected = (value: boolean) => {
    if (connected === value) return;
    connected = value;
    for (const l of connListeners) l(value);
  };

  const failAll = (message: string) => {
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      p.resolve({ ok: false, error: { code: 'unavailable', message } });
      pending.delete(id);
    }
  };

  const open = (): Promise<void> => {
    if (opening) return opening;
    opening = new Promise<void>((resolve) => {
      const socket = new WebSocket(url);
      ws = socket;
      socket.onopen = () => {
        reconnect.reset();
        setConnected(true);
        resolve();
      };
      socket.onmessage = (msg) => {
        const data = parseFrame(msg.data);
        if (data === undefined) return;
        const ev = EventFrame.safeParse(data);
        if (ev.success && !('id' in (data as object))) {
          for (const l of eventListeners) l(ev.data);
          return;
        }
        const reply = ReplyFrame.safeParse(data);
        if (!reply.success || reply.data.id === null) return;
        const p = pending.get(reply.data.id);
        if (!p) return;
        pending.delete(reply.data.id);
        clearTimeout(p.timer);
        const { id: _id, ...rest } = reply.data;
        p.resolve(rest as Reply);
      };
      socket.onclose = () => {
        ws = null;
        opening = null;
        setConnected(false);
        failAll('the kiosk service is restarting; please try again');
        resolve();
        setTimeout(() => void open(), reconnect.next());
      };
    });
    return opening;
  };

  void open();

  return {
    async invoke(channel, args) {
      if (!connected) await open();
      const socket = ws;
      if (!socket || socket.readyState !== WebSocket.OPEN) {
        return { ok: false, error: { code: 'unavailable', message: 'the kiosk service is not reachable' } };
      }
      const id = nextId++;
      return new Promise<Reply>((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          resolve({ ok: false, error: { code: 'unavailable', message: `${channel} timed out` } });
        }, CALL_TIMEOUT_MS);
        pending.set(id, { resolve, timer });
        socket.send(JSON.stringify({ id, channel, args }));
      });
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onConnectionChange(listener) {
      connListeners.add(listener);
      listener(connected);
      return () => connListeners.delete(listener);
    },
  };
}
