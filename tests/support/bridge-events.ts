import type { Page, WebSocket } from 'playwright-core';

export interface BridgeWatch {
  /**
   * The next event frame named `event` (and matching `match`) that the page receives from the
   * kiosk's bridge after this call; call it before doing what sends the event, then await it.
   */
  next<T = Record<string, unknown>>(event: string, match?: (payload: T) => boolean, timeoutMs?: number): Promise<T>;
}

/**
 * Watches the WebSocket frames the page receives on the web shell's bridge (`/bridge`), so a test
 * waits for the event that matters (a `config.onChanged`, a `scan.onScan`) rather than for time.
 * Call before the page opens or reloads the bridge: sockets opened earlier are not seen.
 */
export function watchBridge(page: Page): BridgeWatch {
  type Waiter = { event: string; match: (payload: unknown) => boolean; resolve(payload: unknown): void };
  const waiters = new Set<Waiter>();
  const onFrame = (payload: string | Buffer) => {
    let frame: { event?: unknown; payload?: unknown };
    try {
      frame = JSON.parse(String(payload)) as typeof frame;
    } catch {
      return;
    }
    if (typeof frame.event !== 'string') return;
    for (const w of [...waiters]) {
      if (w.event === frame.event && w.match(frame.payload)) {
        waiters.delete(w);
        w.resolve(frame.payload);
      }
    }
  };
  page.on('websocket', (ws: WebSocket) => {
    if (new URL(ws.url()).pathname === '/bridge') ws.on('framereceived', (f) => onFrame(f.payload));
  });
  return {
    next<T>(event: string, match: (payload: T) => boolean = () => true, timeoutMs = 15_000): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const waiter: Waiter = {
          event,
          match: (p) => match(p as T),
          resolve: (p) => {
            clearTimeout(timer);
            resolve(p as T);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no bridge event ${event} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
  };
}
