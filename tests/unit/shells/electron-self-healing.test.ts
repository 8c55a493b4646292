import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';
import {
  CRASH_WINDOW_MS,
  type HealableContents,
  keepRendererAlive,
  recoveryDelayMs,
  type Timers,
} from '../../../src-main/shells/electron/self-healing';

// The unit project shares one module graph between files (vitest.config.ts): start this file's
// Electron modules afresh, so they meet this file's mock of `electron` and no other's.
vi.hoisted(() => vi.resetModules());

vi.mock('electron', () => ({}));

/** Timers driven by the test: nothing waits on the wall clock. */
function manualTimers() {
  let now = 0;
  let seq = 0;
  const due = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    now: () => new Date(now),
    setTimeout: (fn, ms) => {
      seq += 1;
      due.set(seq, { at: now + ms, fn });
      return seq;
    },
    clearTimeout: (handle) => {
      due.delete(handle as number);
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const next = [...due.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      due.delete(next[0]);
      now = next[1].at;
      next[1].fn();
    }
    now = until;
  };
  return { timers, advance, pending: () => due.size };
}

function setup() {
  const emitter = new EventEmitter();
  const contents = Object.assign(emitter, {
    loadURL: vi.fn(async () => undefined),
    forcefullyCrashRenderer: vi.fn(),
    isDestroyed: () => false,
  });
  const clock = manualTimers();
  const sink = memorySink();
  const onRecover = vi.fn();
  const healing = keepRendererAlive(contents as unknown as HealableContents, {
    attractUrl: 'app://kiosk/index.html',
    log: createLogger(sink, 'test'),
    onRecover,
    graceMs: 10_000,
    timers: clock.timers,
  });
  return { contents, clock, sink, onRecover, healing };
}

describe('renderer self-healing', () => {
  it('backs off 1 s, 2 s, 4 s … to a minute between crash reloads', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map(recoveryDelayMs)).toEqual([1000, 2000, 4000, 8000, 60_000, 60_000, 60_000]);
  });

  it('reloads the attract screen after a renderer crash, resets the session first, and logs it', () => {
    const { contents, clock, sink, onRecover } = setup();
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(contents.loadURL).not.toHaveBeenCalled();
    clock.advance(1000);
    expect(onRecover).toHaveBeenCalledOnce();
    expect(contents.loadURL).toHaveBeenCalledWith('app://kiosk/index.html');
    expect(onRecover.mock.invocationCallOrder[0]).toBeLessThan(contents.loadURL.mock.invocationCallOrder[0] ?? 0);
    expect(sink.records).toContainEqual(
      expect.objectContaining({ level: 'error', data: expect.objectContaining({ reason: 'crashed', exitCode: 139 }) }),
    );
  });

  it('waits longer after each crash in a row, and forgets crashes older than the window', () => {
    const { contents, clock } = setup();
    const crashAndTime = () => {
      contents.loadURL.mockClear();
      contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 0 });
      let waited = 0;
      while (contents.loadURL.mock.calls.length === 0) {
        clock.advance(500);
        waited += 500;
      }
      return waited;
    };
    expect([crashAndTime(), crashAndTime(), crashAndTime()]).toEqual([1000, 2000, 4000]);
    clock.advance(CRASH_WINDOW_MS);
    expect(crashAndTime()).toBe(1000);
  });

  it('reloads once for a burst of failures', () => {
    const { contents, clock } = setup();
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://kiosk/index.html', true);
    clock.advance(60_000);
    expect(contents.loadURL).toHaveBeenCalledOnce();
  });

  it('kills a renderer hung past the grace period and reloads', () => {
    const { contents, clock, sink } = setup();
    contents.emit('unresponsive');
    clock.advance(9_999);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    clock.advance(1);
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    // Electron then reports the kill; that must not schedule a second reload.
    contents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
    clock.advance(60_000);
    expect(contents.loadURL).toHaveBeenCalledOnce();
    expect(sink.records.map((r) => r.msg)).toContain('renderer unresponsive');
  });

  it('leaves a renderer alone that recovers within the grace period', () => {
    const { contents, clock } = setup();
    contents.emit('unresponsive');
    clock.advance(5_000);
    contents.emit('responsive');
    clock.advance(60_000);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(contents.loadURL).not.toHaveBeenCalled();
  });

  it('ignores refused navigations and subframe failures', () => {
    const { contents, clock } = setup();
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'https://example.org/', true);
    contents.emit('did-fail-load', {}, -105, 'ERR_NAME_NOT_RESOLVED', 'https://example.org/', false);
    clock.advance(60_000);
    expect(contents.loadURL).not.toHaveBeenCalled();
  });

  it('stops healing once disposed', () => {
    const { contents, clock, healing } = setup();
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    healing.dispose();
    clock.advance(60_000);
    expect(contents.loadURL).not.toHaveBeenCalled();
    expect(clock.pending()).toBe(0);
  });
});
