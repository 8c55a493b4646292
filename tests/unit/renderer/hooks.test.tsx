// @vitest-environment happy-dom
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../src-renderer/api/api-client';
import { ApiProvider } from '../../../src-renderer/api/api-context';
import { useClock } from '../../../src-renderer/hooks/useClock';
import { useWedgeScanner } from '../../../src-renderer/scan/useWedgeScanner';
import { useCatalogSearch } from '../../../src-renderer/screens/catalog/useCatalogSearch';
import { usePolling } from '../../../src-renderer/screens/technician/usePolling';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function mount(node: ReactNode): { el: HTMLElement; unmount(): void } {
  const el = document.createElement('div');
  document.body.append(el);
  const root = createRoot(el);
  act(() => root.render(node));
  return {
    el,
    unmount: () => {
      act(() => root.unmount());
      el.remove();
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

function Clock() {
  return <span>{useClock().toISOString().slice(11, 16)}</span>;
}

type Seen = { value: number | null; failed: boolean };

function Outbox({ load, onRender }: { load: () => Promise<number>; onRender: (seen: Seen) => void }) {
  const { value, failed } = usePolling(load, 5000);
  onRender({ value, failed });
  return null;
}

function Page({ api }: { api: ApiClient }) {
  useWedgeScanner(api);
  return <input aria-label="name" />;
}

describe('useClock', () => {
  it('ticks on the minute with one timer for every clock on screen, and stops when none is left', () => {
    vi.useFakeTimers({ now: new Date('2026-12-06T02:59:30Z') });
    const a = mount(<Clock />);
    const b = mount(<Clock />);
    expect(a.el.textContent).toBe('02:59');
    expect(vi.getTimerCount()).toBe(1);
    act(() => vi.advanceTimersByTime(30_100));
    expect([a.el.textContent, b.el.textContent]).toEqual(['03:00', '03:00']);
    a.unmount();
    expect(vi.getTimerCount()).toBe(1);
    b.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('usePolling', () => {
  it('loads at once and on every interval, and keeps the last good value when a load fails', async () => {
    vi.useFakeTimers();
    const answers: Array<() => Promise<number>> = [async () => 1, async () => Promise.reject(new Error('offline')), async () => 3];
    const load = vi.fn(() => (answers.shift() ?? (async () => 0))());
    let seen: Seen = { value: null, failed: false };
    const view = mount(
      <Outbox
        load={load}
        onRender={(s) => {
          seen = s;
        }}
      />,
    );
    await act(async () => undefined);
    expect(seen).toEqual({ value: 1, failed: false });
    await act(async () => vi.advanceTimersByTimeAsync(5000));
    expect(seen).toEqual({ value: 1, failed: true });
    await act(async () => vi.advanceTimersByTimeAsync(5000));
    expect(seen).toEqual({ value: 3, failed: false });
    view.unmount();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(load).toHaveBeenCalledTimes(3);
  });
});

describe('useWedgeScanner', () => {
  // Each key 5 ms after the last, as a scanner types, whatever the load on the test machine:
  // the detector reads the event's timeStamp, so the test sets it rather than racing the clock.
  let at = 1000;
  const press = (target: EventTarget, key: string) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    at += 5;
    Object.defineProperty(event, 'timeStamp', { value: at });
    target.dispatchEvent(event);
    return event;
  };

  it('hands a burst of keys ending in Enter to main as a scan, but not what someone types in a field', () => {
    const call = vi.fn(async () => ({}));
    const view = mount(<Page api={{ call } as unknown as ApiClient} />);
    for (const key of '1.001193') press(document.body, key);
    const enter = press(document.body, 'Enter');
    expect(call).toHaveBeenCalledWith('scan.submit', { payload: '1.001193', source: 'wedge' });
    expect(enter.defaultPrevented).toBe(true);

    const input = view.el.querySelector('input') as HTMLInputElement;
    for (const key of 'Nguyen') press(input, key);
    expect(press(input, 'Enter').defaultPrevented).toBe(false);
    expect(call).toHaveBeenCalledTimes(1);
    view.unmount();
    for (const key of '2.000111') press(document.body, key);
    press(document.body, 'Enter');
    expect(call).toHaveBeenCalledTimes(1);
  });
});

function Search({ query, onHits }: { query: string; onHits: (n: number) => void }) {
  const { hits, status } = useCatalogSearch(query);
  if (status === 'done') onHits(hits.length);
  return null;
}

describe('useCatalogSearch', () => {
  it('asks at once for a query the screen opens with, and waits for typing to pause after that', async () => {
    vi.useFakeTimers();
    const asked: string[] = [];
    const api = {
      call: (_channel: string, args: { query: string }) => {
        asked.push(args.query);
        return Promise.resolve({ hits: [], total: 0 });
      },
    } as unknown as ApiClient;
    const view = (query: string) => (
      <ApiProvider client={api}>
        <Search query={query} onHits={() => undefined} />
      </ApiProvider>
    );
    const el = document.createElement('div');
    document.body.append(el);
    const root = createRoot(el);
    // Back from a procedure: the search screen comes back with what was typed.
    act(() => root.render(view('khai sinh')));
    await act(async () => vi.advanceTimersByTime(0));
    expect(asked).toEqual(['khai sinh']);
    // A key more: the request waits until typing pauses.
    act(() => root.render(view('khai sinh c')));
    await act(async () => vi.advanceTimersByTime(60));
    expect(asked).toEqual(['khai sinh']);
    await act(async () => vi.advanceTimersByTime(100));
    expect(asked).toEqual(['khai sinh', 'khai sinh c']);
    act(() => root.unmount());
    el.remove();
  });
});
