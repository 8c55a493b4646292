import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, PRIVILEGED_SCHEMES } from '../../../src-main/shells/electron/app-protocol';
import { type ElectronMain, rendererEntry, startKioskApp } from '../../../src-main/shells/electron/kiosk-app';
import { fakeElectron } from '../../support/fake-electron';
import { fixedFreePort } from '../../support/free-port';
import { startTestKiosk, tempDir } from '../../support/test-kiosk';

// The unit project shares one module graph between files (vitest.config.ts): start this file's
// Electron modules afresh, so they meet this file's mock of `electron` and no other's.
vi.hoisted(() => vi.resetModules());

vi.mock('electron', () => ({}));

const WATCHDOG = fileURLToPath(new URL('../../../src-main/shells/electron/watchdog-thread.ts', import.meta.url));

describe('Electron kiosk start-up', () => {
  const dir = tempDir('kiosk-electron-');
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });
  afterAll(() => dir.remove());

  async function start(lock = true, env: NodeJS.ProcessEnv = {}) {
    const fake = fakeElectron({ lock, userData: join(dir.path, 'userData') });
    const proc = Object.assign(new EventEmitter(), { uptime: () => 1 });
    const started = await startKioskApp(fake.electron as unknown as ElectronMain, {
      rendererDir: join(dir.path, 'renderer'),
      preloadFile: '/app/out/preload/preload.cjs',
      watchdogThreadFile: WATCHDOG,
      env: { KIOSK_DATA_DIR: join(dir.path, 'data'), ...env },
      argv: [],
      proc: proc as unknown as NodeJS.Process,
    });
    if (started) {
      close = async () => {
        if (fake.electron.app.quit.mock.calls.length > 0) return; // the test already ended it
        // The app quits once the kiosk has shut down, however long that takes on a busy machine.
        const quit = new Promise<void>((resolve) => fake.electron.app.quit.mockImplementation(() => resolve()));
        fake.electron.app.emit('window-all-closed');
        await quit;
      };
    }
    return { ...fake, started, proc };
  }

  it('sets switches, the app:// scheme and the single-instance lock before ready', async () => {
    const { order, electron } = await start();
    const ready = order.indexOf('ready');
    expect(order.indexOf('switch disable-pinch')).toBeLessThan(ready);
    expect(order.indexOf('switch overscroll-history-navigation')).toBeLessThan(ready);
    expect(order.indexOf('privileged schemes')).toBeLessThan(ready);
    expect(order.indexOf('single-instance lock')).toBeLessThan(ready);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith(PRIVILEGED_SCHEMES);
  });

  it('quits at once when another kiosk already runs, touching nothing', async () => {
    const { started, electron, order } = await start(false);
    expect(started).toBeNull();
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(order).not.toContain('ready');
    expect(order).not.toContain('window');
  });

  it('serves the renderer from app://kiosk with no menu, a locked session and the screen kept awake', async () => {
    const { electron, order, windows, session } = await start();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(session.setDevicePermissionHandler).toHaveBeenCalledOnce();
    expect(session.setDisplayMediaRequestHandler).toHaveBeenCalledOnce();
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(electron.powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    expect(order.at(-1)).toBe(`load ${APP_ENTRY_URL}`);
    const [win] = windows;
    expect(win?.removeMenu).toHaveBeenCalled();
    expect(win?.options).toMatchObject({ kiosk: true, webPreferences: { preload: '/app/out/preload/preload.cjs', sandbox: true } });
  });

  it('locks down every web contents Electron creates, the kiosk window first', async () => {
    const { windows } = await start();
    const contents = windows[0]?.webContents;
    expect(contents?.setWindowOpenHandler).toHaveBeenCalledOnce();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'before-input-event', 'devtools-opened']) {
      expect(contents?.listenerCount(event), event).toBeGreaterThan(0);
    }
    for (const event of ['render-process-gone', 'unresponsive', 'responsive', 'did-fail-load']) {
      expect(contents?.listenerCount(event), event).toBeGreaterThan(0);
    }
  });

  it('handles one IPC channel per contract channel', async () => {
    const { electron } = await start();
    const { channels } = await import('../../../src-main/api/contract');
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(Object.keys(channels).length);
  });

  it('reloads the attract screen as a citizen after a crash', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const { windows } = await start();
      const contents = windows[0]?.webContents;
      contents?.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
      await vi.advanceTimersByTimeAsync(1000);
      expect(contents?.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    } finally {
      vi.useRealTimers();
    }
    const log = readFileSync(join(dir.path, 'data', 'logs', 'kiosk.log'), 'utf8');
    expect(log).toContain('renderer process gone: reloading the attract screen');
  });

  it('brings the kiosk window forward when a second copy is started', async () => {
    const { electron, windows } = await start();
    electron.app.emit('second-instance');
    expect(windows[0]?.restore).toHaveBeenCalled();
    expect(windows[0]?.focus).toHaveBeenCalled();
  });

  it('releases the screen and closes the core when the window goes', async () => {
    const { electron } = await start();
    await close?.();
    close = null;
    expect(electron.powerSaveBlocker.stop).toHaveBeenCalledWith(3);
    expect(electron.ipcMain.removeHandler).toHaveBeenCalled();
  });

  it('opens no hall port unless the kiosk is the hall host', async () => {
    const { started } = await start();
    expect(started?.hall).toBeNull();
  });

  it('serves the hall on the LAN when hall.role is host, as the web shell does, and stops it with the window', async () => {
    const hostData = join(dir.path, 'host');
    const prep = startTestKiosk({ dataDir: hostData });
    prep.kiosk.config.setMany({ 'hall.role': 'host', 'hall.port': await fixedFreePort() });
    await prep.close();
    const { started } = await start(true, { KIOSK_DATA_DIR: hostData });
    const hall = started?.hall;
    if (!hall) throw new Error('the host kiosk started no hall server');
    // The hall's API answers (and refuses an unpaired caller), so it is the hall server on that port.
    const res = await fetch(`${hall.url}/api/hall/board`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    await close?.();
    close = null;
    await expect(fetch(`${hall.url}/api/hall/board`)).rejects.toThrow();
  });

  it('uses the vite dev server only in a development run', () => {
    expect(rendererEntry(false, 'http://localhost:5173/')).toEqual({ url: APP_ENTRY_URL, ownOrigins: ['app://kiosk'] });
    expect(rendererEntry(true, undefined).url).toBe(APP_ENTRY_URL);
    expect(rendererEntry(true, 'http://localhost:5173/')).toMatchObject({
      url: 'http://localhost:5173/',
      ownOrigins: expect.arrayContaining(['app://kiosk', 'http://localhost:5173', 'ws://localhost:5173']),
    });
  });
});
