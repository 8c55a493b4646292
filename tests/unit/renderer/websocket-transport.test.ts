// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { websocketTransport } from '../../../src-renderer/api/websocket-transport';

/** A WebSocket the test opens, answers and drops by hand (a real socket: websocket-reconnect.test.ts). */
class FakeSocket {
  static readonly OPEN = 1;
  static all: FakeSocket[] = [];
  readyState = 0;
  readonly sent: string[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((msg: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;

  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }

  send(data: string): void {
    this.sent.push(data);
  }

  accept(): void {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
  }

  receive(frame: unknown): void {
    this.onmessage?.({ data: typeof frame === 'string' ? frame : JSON.stringify(frame) });
  }

  drop(): void {
    this.readyState = 3;
    this.onclose?.();
  }
}

const latest = () => FakeSocket.all.at(-1) as FakeSocket;
const original = globalThis.WebSocket;

beforeEach(() => {
  FakeSocket.all = [];
  vi.useFakeTimers();
  globalThis.WebSocket = FakeSocket as unknown as typeof WebSocket;
});

afterEach(() => {
  vi.useRealTimers();
  globalThis.WebSocket = original;
});

describe('the web shell’s transport', () => {
  it('reconnects after 250 ms, doubling each failed try up to 5 s, and starts over once connected', () => {
    websocketTransport('ws://127.0.0.1/bridge?token=t');
    latest().accept();
    latest().drop();
    const waits: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      const before = FakeSocket.all.length;
      let waited = 0;
      while (FakeSocket.all.length === before) {
        vi.advanceTimersByTime(50);
        waited += 50;
      }
      waits.push(waited);
      latest().drop(); // the host is still down
    }
    expect(waits).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000]);
    vi.advanceTimersByTime(5000);
    latest().accept();
    latest().drop();
    const before = FakeSocket.all.length;
    vi.advanceTimersByTime(249);
    expect(FakeSocket.all.length).toBe(before);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.all.length).toBe(before + 1);
  });

  it('answers calls by id, hands events on, ignores garbage, and tells listeners about the link', async () => {
    const transport = websocketTransport('ws://127.0.0.1/bridge');
    const links: boolean[] = [];
    const events: unknown[] = [];
    transport.onConnectionChange((up) => links.push(up));
    transport.onEvent((frame) => events.push(frame));
    latest().accept();
    const first = transport.invoke('system.info', {});
    const second = transport.invoke('catalog.search', { query: 'khai sinh' });
    await vi.advanceTimersByTimeAsync(0);
    const [a, b] = latest().sent.map((s) => JSON.parse(s) as { id: number; channel: string });
    expect([a?.channel, b?.channel]).toEqual(['system.info', 'catalog.search']);
    latest().receive('not json');
    latest().receive({ id: b?.id, ok: true, result: 'second' });
    latest().receive({ event: 'devices.onHealth', payload: { kind: 'printer' } });
    latest().receive({ id: a?.id, ok: false, error: { code: 'forbidden', message: 'no' } });
    await expect(second).resolves.toEqual({ ok: true, result: 'second' });
    await expect(first).resolves.toEqual({ ok: false, error: { code: 'forbidden', message: 'no' } });
    expect(events).toEqual([{ event: 'devices.onHealth', payload: { kind: 'printer' } }]);
    latest().drop();
    expect(links).toEqual([false, true, false]);
  });

  it('answers `unavailable` when the link drops under a call, and at once while it is down', async () => {
    const transport = websocketTransport('ws://127.0.0.1/bridge');
    latest().accept();
    const hanging = transport.invoke('system.info', {});
    await vi.advanceTimersByTimeAsync(0);
    latest().drop();
    await expect(hanging).resolves.toMatchObject({ ok: false, error: { code: 'unavailable' } });
    // While the host is down the next try is pending: a call waits for it, then answers.
    const whileDown = transport.invoke('system.info', {});
    await vi.advanceTimersByTimeAsync(250);
    latest().drop();
    await expect(whileDown).resolves.toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('gives up on a call the host never answers after 30 s', async () => {
    const transport = websocketTransport('ws://127.0.0.1/bridge');
    latest().accept();
    const call = transport.invoke('system.info', {});
    await vi.advanceTimersByTimeAsync(30_000);
    await expect(call).resolves.toEqual({ ok: false, error: { code: 'unavailable', message: 'system.info timed out' } });
  });
});
