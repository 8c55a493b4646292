import { join } from 'node:path';
import type * as ElectronModule from 'electron';
import { systemClock } from '../../api/center-clock';
import { errorMessage } from '../../api/error-message';
import { createKiosk, type Kiosk } from '../../core/kiosk/create-kiosk';
import { fileSink } from '../../core/logging/file-sink';
import { createLogger } from '../../core/logging/logger';
import { resolveDataDir } from '../../core/system/data-dir';
import type { setupDevices } from '../devices-setup';
import type { HallServer } from '../hall/hall-server';
import { startHallIfHost } from '../hall/start-if-host';
import { originOf } from '../policy/origin-policy';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, appProtocolHandler, PRIVILEGED_SCHEMES } from './app-protocol';
import { applyKioskSwitches } from './app-switches';
import { hardenContents } from './harden-contents';
import { hardenSession } from './harden-session';
import { registerIpc } from './ipc';
import { startMainWatchdog } from './main-watchdog';
import { failStartup } from './out-of-order';
import { keepScreenAwake } from './power';
import { guardMainProcess } from './process-guards';
import { keepRendererAlive } from './self-healing';
import { createKioskWindow } from './window-options';

/** The parts of Electron the shell uses, passed in so tests can hand over fakes. */
export type ElectronMain = Pick<
  typeof ElectronModule,
  'app' | 'BrowserWindow' | 'ipcMain' | 'Menu' | 'powerSaveBlocker' | 'protocol' | 'session'
>;

export interface KioskAppOptions {
  readonly rendererDir: string;
  readonly preloadFile: string;
  readonly watchdogThreadFile: string;
  /** Opens the kiosk's devices (printer, scanners); without it the kiosk runs with none. */
  readonly openDevices?: typeof setupDevices;
  readonly env?: NodeJS.ProcessEnv;
  readonly argv?: readonly string[];
  /** How long the out-of-order page shows before the process exits (default one minute). */
  readonly outOfOrderDelayMs?: number;
  /** Where uncaught errors are caught: the real process, or a stand-in in tests. */
  readonly proc?: Pick<NodeJS.Process, 'on' | 'uptime'>;
}

export interface RendererEntry {
  readonly url: string;
  readonly ownOrigins: readonly string[];
}

/** Production loads the bundled renderer from app://kiosk; a development build may use the vite dev server. */
export function rendererEntry(dev: boolean, devUrl: string | undefined): RendererEntry {
  const devOrigin = dev && devUrl ? originOf(devUrl) : null;
  if (!devUrl || !devOrigin) return { url: APP_ENTRY_URL, ownOrigins: [APP_ORIGIN] };
  return { url: devUrl, ownOrigins: [APP_ORIGIN, devOrigin, devOrigin.replace(/^http/, 'ws'), 'devtools://devtools'] };
}

/**
 * Starts the Electron kiosk. What must happen before `ready` (Chromium switches, the app://
 * scheme, the single-instance lock) happens synchronously, before the first await.
 * Returns null when another instance already runs (that one is focused instead).
 */
export async function startKioskApp(
  electron: ElectronMain,
  options: KioskAppOptions,
): Promise<{ kiosk: Kiosk; hall: HallServer | null } | null> {
  const { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, protocol, session } = electron;
  const env = options.env ?? process.env;
  const argv = options.argv ?? process.argv;
  const dev = !app.isPackaged && env.KIOSK_DEV === '1';

  applyKioskSwitches(app.commandLine);
  protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }

  const flagDir = argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
  const dataDir = resolveDataDir({ flag: flagDir, env: { ...env, KIOSK_DATA_DIR: env.KIOSK_DATA_DIR ?? app.getPath('userData') } });
  const logFile = join(dataDir, 'logs', 'kiosk.log');
  const sink = fileSink(logFile);
  const log = createLogger(sink, 'shell.electron');
  guardMainProcess(options.proc ?? process, app, log);
  const watchdog = startMainWatchdog({
    threadFile: options.watchdogThreadFile,
    logFile,
    onError: (message) => log.error('watchdog failed', { error: message }),
  });

  const entry = rendererEntry(dev, env.ELECTRON_RENDERER_URL);
  // Every web contents Electron creates is locked down, not just the one window we make.
  app.on('web-contents-created', (_event, contents) =>
    hardenContents(contents, { ownOrigins: entry.ownOrigins, dev }, log.child('contents')),
  );
  app.on('child-process-gone', (_event, details) => {
    log.warn('child process gone', { type: details.type, reason: details.reason, exitCode: details.exitCode });
  });

  await app.whenReady();
  try {
    return await serve();
  } catch (err) {
    // Without this the error became an unhandled rejection: no window, no exit, no restart.
    await failStartup(err, {
      log,
      exit: (code) => app.exit(code),
      show: async (url) => {
        const win = createKioskWindow(BrowserWindow, options.preloadFile, { dev });
        win.removeMenu();
        win.once('ready-to-show', () => win.show());
        await win.loadURL(url);
      },
      ...(options.outOfOrderDelayMs !== undefined ? { delayMs: options.outOfOrderDelayMs } : {}),
    });
    return null;
  }

  async function serve(): Promise<{ kiosk: Kiosk; hall: HallServer | null }> {
    Menu.setApplicationMenu(null);
    protocol.handle(APP_SCHEME, appProtocolHandler(options.rendererDir));
    hardenSession(session.defaultSession, entry.ownOrigins, log.child('session'));

    const clock = systemClock;
    const hardware = options.openDevices?.(dataDir, createLogger(sink, 'hardware'), clock) ?? null;
    const kiosk = createKiosk({
      dataDir,
      shell: 'electron',
      appVersion: app.getVersion(),
      clock,
      logSink: sink,
      ...(hardware ? { devices: hardware.devices } : {}),
    });
    // A host kiosk serves its hall on the LAN, as the web shell does (docs/hall.md).
    const hall = await startHallIfHost(kiosk, { log: createLogger(sink, 'shell.hall'), rendererDir: options.rendererDir });
    const win = createKioskWindow(BrowserWindow, options.preloadFile, { dev });
    win.removeMenu();
    const contents = win.webContents;
    const ipc = registerIpc(ipcMain, kiosk, (event) => event.sender === contents && event.senderFrame === contents.mainFrame);
    ipc.sessionFor(contents);
    const healing = keepRendererAlive(contents, {
      attractUrl: entry.url,
      log: log.child('healing'),
      onRecover: () => ipc.sessionFor(contents).reset(),
    });
    const allowSleep = keepScreenAwake(powerSaveBlocker);

    win.once('ready-to-show', () => win.show());
    app.on('second-instance', () => {
      if (win.isMinimized()) win.restore();
      win.focus();
    });
    app.on('window-all-closed', () => {
      healing.dispose();
      allowSleep();
      ipc.dispose();
      void watchdog
        .stop()
        .then(() => hall?.close())
        .then(() => kiosk.close())
        .then(() => hardware?.close())
        .finally(() => app.quit());
    });

    log.info('electron shell starting', { dev });
    // A failed first load is reported by did-fail-load, which self-healing retries with backoff.
    await win.loadURL(entry.url).catch((err: unknown) => log.error('first load failed', { error: errorMessage(err) }));
    return { kiosk, hall };
  }
}
