import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';
import { applyKioskSwitches } from '../../../src-main/shells/electron/app-switches';
import { keepScreenAwake } from '../../../src-main/shells/electron/power';
import { guardMainProcess, RELAUNCH_MIN_UPTIME_S } from '../../../src-main/shells/electron/process-guards';

// The unit project shares one module graph between files (vitest.config.ts): start this file's
// Electron modules afresh, so they meet this file's mock of `electron` and no other's.
vi.hoisted(() => vi.resetModules());

vi.mock('electron', () => ({}));

describe('screen kept awake', () => {
  it('blocks display sleep while the kiosk runs and releases it once', () => {
    const started = new Set<number>();
    const blocker = {
      start: vi.fn((_type: 'prevent-app-suspension' | 'prevent-display-sleep') => {
        started.add(7);
        return 7;
      }),
      stop: vi.fn((id: number) => started.delete(id)),
      isStarted: (id: number) => started.has(id),
    };
    const release = keepScreenAwake(blocker);
    expect(blocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    release();
    release();
    expect(blocker.stop).toHaveBeenCalledOnce();
    expect(blocker.stop).toHaveBeenCalledWith(7);
  });
});

describe('Chromium switches', () => {
  it('turn off pinch zoom and swipe navigation through history', () => {
    const appendSwitch = vi.fn();
    applyKioskSwitches({ appendSwitch });
    expect(appendSwitch.mock.calls).toEqual([['disable-pinch'], ['overscroll-history-navigation', '0']]);
  });
});

describe('main process guards', () => {
  function setup(uptime: number) {
    const proc = Object.assign(new EventEmitter(), { uptime: () => uptime });
    const app = { relaunch: vi.fn(), exit: vi.fn() };
    const sink = memorySink();
    guardMainProcess(proc as unknown as NodeJS.Process, app, createLogger(sink, 'test'));
    return { proc, app, sink };
  }

  it('logs an uncaught error and restarts itself when it had been running a while', () => {
    const { proc, app, sink } = setup(RELAUNCH_MIN_UPTIME_S + 1);
    proc.emit('uncaughtException', new Error('boom'));
    expect(app.relaunch).toHaveBeenCalledOnce();
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(sink.records).toContainEqual(expect.objectContaining({ level: 'error', data: expect.objectContaining({ error: 'boom' }) }));
  });

  it('leaves a crash at start-up to the service manager instead of looping', () => {
    const { proc, app } = setup(3);
    proc.emit('uncaughtException', new Error('bad config'));
    expect(app.relaunch).not.toHaveBeenCalled();
    expect(app.exit).toHaveBeenCalledWith(1);
  });

  it('logs an unhandled rejection and keeps running', () => {
    const { proc, app, sink } = setup(100);
    proc.emit('unhandledRejection', new Error('late'));
    expect(app.exit).not.toHaveBeenCalled();
    expect(sink.records.at(-1)).toMatchObject({ level: 'error', data: { error: 'late' } });
  });
});
