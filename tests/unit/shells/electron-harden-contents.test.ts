import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';
import { hardenContents } from '../../../src-main/shells/electron/harden-contents';

// The unit project shares one module graph between files (vitest.config.ts): start this file's
// Electron modules afresh, so they meet this file's mock of `electron` and no other's.
vi.hoisted(() => vi.resetModules());

vi.mock('electron', () => ({}));

type OpenHandler = (details: { url: string }) => { action: string };

/** A web contents with the events and methods the lock-down uses. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: OpenHandler | null = null;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (fn: OpenHandler) => {
      openHandler = fn;
    },
    setZoomFactor: vi.fn(),
    setVisualZoomLevelLimits: vi.fn(async () => undefined),
    closeDevTools: vi.fn(),
  });
  return { contents, open: (url: string) => openHandler?.({ url }) };
}

function preventable(extra: Record<string, unknown> = {}) {
  return { preventDefault: vi.fn(), ...extra };
}

function setup(dev = false) {
  const sink = memorySink();
  const fake = fakeContents();
  hardenContents(fake.contents as unknown as WebContents, { ownOrigins: ['app://kiosk'], dev }, createLogger(sink, 'test'));
  return { ...fake, sink };
}

describe('web contents lock-down', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: stays on app://kiosk, refuses the rest', (name) => {
    const { contents, sink } = setup();
    const inside = preventable({ url: 'app://kiosk/index.html' });
    contents.emit(name, inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();
    for (const url of ['https://example.org/?q=0912345678', 'file:///etc/passwd', 'app://other/', 'javascript:alert(1)']) {
      const away = preventable({ url });
      contents.emit(name, away);
      expect(away.preventDefault).toHaveBeenCalledOnce();
    }
    // The log names where it tried to go, never the query (which may carry personal data).
    expect(sink.records.map((r) => r.data?.target)).toContain('https://example.org');
    expect(JSON.stringify(sink.records)).not.toContain('0912345678');
  });

  it('denies every new window, even to its own origin', () => {
    const { open } = setup();
    expect(open('https://example.org/')).toEqual({ action: 'deny' });
    expect(open('app://kiosk/index.html')).toEqual({ action: 'deny' });
  });

  it('refuses webviews', () => {
    const { contents } = setup();
    const event = preventable();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('swallows browser key commands and lets typing through', () => {
    const { contents } = setup();
    const press = (input: Record<string, unknown>) => {
      const event = preventable();
      contents.emit('before-input-event', event, { type: 'keyDown', control: false, alt: false, meta: false, shift: false, ...input });
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(press({ key: 'F4', alt: true })).toBe(true);
    expect(press({ key: 'w', control: true })).toBe(true);
    expect(press({ key: 'F5' })).toBe(true);
    expect(press({ key: 'F12' })).toBe(true);
    expect(press({ key: '=', control: true })).toBe(true);
    expect(press({ key: 'ă' })).toBe(false);
    expect(press({ key: 'v', control: true })).toBe(false);
  });

  it('keeps zoom at 100 % with no pinch zoom', () => {
    const { contents } = setup();
    contents.emit('did-finish-load');
    expect(contents.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1);
    expect(contents.setZoomFactor).toHaveBeenLastCalledWith(1);
    contents.setZoomFactor.mockClear();
    contents.emit('zoom-changed', preventable(), 'in');
    expect(contents.setZoomFactor).toHaveBeenCalledWith(1);
  });

  it('never lets beforeunload hold the page', () => {
    const { contents } = setup();
    const event = preventable();
    contents.emit('will-prevent-unload', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('closes devtools in production and leaves them in development', () => {
    const prod = setup(false);
    prod.contents.emit('devtools-opened');
    expect(prod.contents.closeDevTools).toHaveBeenCalledOnce();
    const dev = setup(true);
    dev.contents.emit('devtools-opened');
    expect(dev.contents.closeDevTools).not.toHaveBeenCalled();
  });
});
