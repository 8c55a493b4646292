import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

function fakeContents() {
  return Object.assign(new EventEmitter(), {
    id: 1,
    mainFrame: {},
    setWindowOpenHandler: vi.fn(),
    setZoomFactor: vi.fn(),
    setVisualZoomLevelLimits: vi.fn(async () => undefined),
    closeDevTools: vi.fn(),
    forcefullyCrashRenderer: vi.fn(),
    isDestroyed: () => false,
    send: vi.fn(),
    loadURL: vi.fn(async () => undefined),
  });
}

/** Electron's main-process API as plain objects that record what the shell does with them. */
export function fakeElectron(options: { lock: boolean; userData: string }) {
  const order: string[] = [];
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    commandLine: { appendSwitch: vi.fn((name: string) => order.push(`switch ${name}`)) },
    requestSingleInstanceLock: vi.fn(() => {
      order.push('single-instance lock');
      return options.lock;
    }),
    quit: vi.fn(),
    exit: vi.fn(),
    relaunch: vi.fn(),
    getPath: vi.fn(() => options.userData),
    getVersion: () => '1.2.3',
    whenReady: vi.fn(async () => {
      order.push('ready');
    }),
  });
  const windows: FakeWindow[] = [];
  class FakeWindow extends EventEmitter {
    readonly webContents = fakeContents();
    readonly loadURL = vi.fn(async (url: string) => {
      order.push(`load ${url}`);
    });
    readonly removeMenu = vi.fn();
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly isMinimized = vi.fn(() => true);
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      order.push('window');
      app.emit('web-contents-created', {}, this.webContents);
    }
  }
  const session = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setDisplayMediaRequestHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  });
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    Menu: { setApplicationMenu: vi.fn() },
    powerSaveBlocker: { start: vi.fn(() => 3), stop: vi.fn(), isStarted: vi.fn(() => true) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => order.push('privileged schemes')),
      handle: vi.fn(),
    },
    session: { defaultSession: session },
  };
  return { electron, order, windows, session };
}
