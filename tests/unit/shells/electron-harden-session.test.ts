import { EventEmitter } from 'node:events';
import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';
import { hardenSession } from '../../../src-main/shells/electron/harden-session';

// The unit project shares one module graph between files (vitest.config.ts): start this file's
// Electron modules afresh, so they meet this file's mock of `electron` and no other's.
vi.hoisted(() => vi.resetModules());

vi.mock('electron', () => ({}));

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string, details: object) => boolean;
type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

function fakeSession() {
  const handlers: {
    request?: RequestHandler;
    check?: CheckHandler;
    device?: () => boolean;
    display?: (req: unknown, cb: (streams: unknown) => void) => void;
    beforeRequest?: BeforeRequest;
  } = {};
  const session = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: (fn: RequestHandler) => (handlers.request = fn),
    setPermissionCheckHandler: (fn: CheckHandler) => (handlers.check = fn),
    setDevicePermissionHandler: (fn: () => boolean) => (handlers.device = fn),
    setDisplayMediaRequestHandler: (fn: NonNullable<typeof handlers.display>) => (handlers.display = fn),
    webRequest: { onBeforeRequest: (fn: BeforeRequest) => (handlers.beforeRequest = fn) },
  });
  const sink = memorySink();
  hardenSession(session as unknown as Session, ['app://kiosk'], createLogger(sink, 'test'));
  return { session, handlers, sink };
}

function ask(handler: RequestHandler | undefined, permission: string, details: object): boolean {
  let answer: boolean | undefined;
  handler?.({}, permission, (granted) => (answer = granted), details);
  if (answer === undefined) throw new Error('the handler never answered');
  return answer;
}

describe('session lock-down', () => {
  it('grants the camera to the kiosk page and nothing else', () => {
    const { handlers, sink } = fakeSession();
    const page = { requestingUrl: 'app://kiosk/index.html', isMainFrame: true };
    expect(ask(handlers.request, 'media', { ...page, mediaTypes: ['video'] })).toBe(true);
    expect(ask(handlers.request, 'media', { ...page, mediaTypes: ['audio'] })).toBe(false);
    expect(ask(handlers.request, 'media', { ...page, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(ask(handlers.request, 'media', { requestingUrl: 'https://evil.example/', isMainFrame: false, mediaTypes: ['video'] })).toBe(
      false,
    );
    for (const permission of [
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'hid',
      'serial',
      'usb',
      'midi',
    ]) {
      expect(ask(handlers.request, permission, page)).toBe(false);
    }
    expect(sink.records.filter((r) => r.msg === 'permission refused').length).toBeGreaterThan(5);
  });

  it('answers permission checks the same way', () => {
    const { handlers } = fakeSession();
    expect(handlers.check?.({}, 'media', 'app://kiosk', { mediaType: 'video', isMainFrame: true })).toBe(true);
    expect(handlers.check?.({}, 'media', 'app://kiosk', { mediaType: 'audio', isMainFrame: true })).toBe(false);
    expect(handlers.check?.({}, 'media', 'app://kiosk', { mediaType: 'unknown', isMainFrame: true })).toBe(false);
    expect(handlers.check?.({}, 'geolocation', 'app://kiosk', { isMainFrame: true })).toBe(false);
  });

  it('gives the page no USB, HID or serial device and no screen capture', () => {
    const { session, handlers } = fakeSession();
    expect(handlers.device?.()).toBe(false);
    const display = vi.fn();
    handlers.display?.({}, display);
    expect(display).toHaveBeenCalledWith(null);
    const serial = { preventDefault: vi.fn() };
    const pick = vi.fn();
    session.emit('select-serial-port', serial, [{ portId: '1' }], {}, pick);
    expect(serial.preventDefault).toHaveBeenCalled();
    expect(pick).toHaveBeenCalledWith('');
    const hidPick = vi.fn();
    session.emit('select-hid-device', { preventDefault: vi.fn() }, { deviceList: [] }, hidPick);
    expect(hidPick).toHaveBeenCalledWith();
  });

  it('cancels downloads', () => {
    const { session } = fakeSession();
    const event = { preventDefault: vi.fn() };
    session.emit('will-download', event, { getURL: () => 'https://example.org/file.exe' });
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('lets requests go to the kiosk itself and in-page data only', () => {
    const { handlers } = fakeSession();
    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      handlers.beforeRequest?.({ url }, (r) => (answer = r.cancel));
      return answer;
    };
    expect(cancelled('app://kiosk/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('https://example.org/')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/api')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('ws://evil.example/')).toBe(true);
  });
});
