import { Backoff } from '../../src-main/api/backoff';
import type { HallDeviceKind, HallPush } from '../../src-main/api/hall';
import { HallPush as HallPushSchema } from '../../src-main/api/hall';
import { parseFrame } from '../../src-main/api/wire';

const TOKEN_KEY = 'hall.deviceToken';

/** A refused hall request: its typed code and the HTTP status. */
export class HallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'HallError';
  }
}

export type LiveStatus = 'connecting' | 'online' | 'lost';

/**
 * The counter and display pages' link to the hall host that served them (docs/hall.md): the
 * device token kept in this browser after pairing, JSON requests, and the live socket, which
 * reconnects by itself with growing pauses (up to 5 s) after the host restarts.
 */
export class HallClient {
  constructor(private readonly base: string = window.location.origin) {}

  get token(): string | null {
    return window.localStorage.getItem(TOKEN_KEY);
  }

  forget(): void {
    window.localStorage.removeItem(TOKEN_KEY);
  }

  async pair(code: string, kind: HallDeviceKind, name: string): Promise<void> {
    const result = await this.request<{ token: string }>('POST', '/api/hall/pair', { code, kind, name });
    window.localStorage.setItem(TOKEN_KEY, result.token);
  }

  async request<T>(method: string, path: string, body?: unknown, session?: string): Promise<T> {
    const headers: Record<string, string> = {};
    const token = this.token;
    if (token) headers.Authorization = `Bearer ${token}`;
    if (session) headers['X-Hall-Session'] = session;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(`${this.base}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    } catch {
      throw new HallError('unavailable', 'the hall host does not answer', 0);
    }
    let reply: { ok: boolean; result?: T; error?: { code: string; message: string } };
    try {
      reply = await res.json();
    } catch {
      throw new HallError('unavailable', 'the hall host answered something unreadable', res.status);
    }
    if (!reply.ok) throw new HallError(reply.error?.code ?? 'internal', reply.error?.message ?? '', res.status);
    return reply.result as T;
  }

  /**
   * Listens to the host. `onStatus` hears `lost` as soon as a socket closes, and `online` again
   * when one opens; a device found revoked gets `onUnpaired` instead of endless retries.
   */
  live(handlers: Readonly<{ onPush(p: HallPush): void; onStatus(s: LiveStatus): void; onUnpaired(): void }>): () => void {
    let ws: WebSocket | null = null;
    let stopped = false;
    const reconnect = new Backoff({ baseMs: 500, capMs: 5000, jitter: 'none' });
    let timer: ReturnType<typeof setTimeout> | undefined;

    const retry = async () => {
      if (stopped) return;
      // A socket refused at upgrade shows no status in the browser: ask the API whether we are still paired.
      try {
        await this.request('GET', '/api/hall/board');
      } catch (err) {
        if (err instanceof HallError && err.code === 'unauthorized') {
          handlers.onUnpaired();
          return;
        }
      }
      timer = setTimeout(open, reconnect.next());
    };

    const open = () => {
      if (stopped) return;
      const url = `${this.base.replace(/^http/, 'ws')}/api/hall/live?token=${encodeURIComponent(this.token ?? '')}`;
      const socket = new WebSocket(url);
      ws = socket;
      socket.onopen = () => {
        reconnect.reset();
        handlers.onStatus('online');
      };
      socket.onmessage = (msg) => {
        const push = HallPushSchema.safeParse(parseFrame(msg.data));
        if (push.success) handlers.onPush(push.data);
      };
      socket.onclose = () => {
        if (stopped) return;
        handlers.onStatus('lost');
        void retry();
      };
    };
    handlers.onStatus('connecting');
    open();
    return () => {
      stopped = true;
      clearTimeout(timer);
      ws?.close();
    };
  }
}
