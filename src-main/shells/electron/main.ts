import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain } from 'electron';
import { createKiosk } from '../../core/kiosk/create-kiosk';
import { fileSink } from '../../core/logging/file-sink';
import { createLogger } from '../../core/logging/logger';
import { systemClock } from '../../core/system/clock';
import { resolveDataDir } from '../../core/system/data-dir';
import { setupDevices } from '../devices-setup';
import { registerIpc } from './ipc';
import { kioskWindowOptions } from './window-options';

const here = fileURLToPath(new URL('.', import.meta.url));
const dev = !app.isPackaged && process.env.KIOSK_DEV === '1';

function rendererEntry(): { url?: string; file?: string } {
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (dev && devUrl) return { url: devUrl };
  return { file: join(here, '../renderer/index.html') };
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  const flagDir = process.argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
  const dataDir = resolveDataDir({
    flag: flagDir,
    env: { ...process.env, KIOSK_DATA_DIR: process.env.KIOSK_DATA_DIR ?? app.getPath('userData') },
  });
  const sink = fileSink(join(dataDir, 'logs', 'kiosk.log'));
  const log = createLogger(sink, 'shell.electron');
  const hardware = setupDevices(dataDir, createLogger(sink, 'hardware'));
  const kiosk = createKiosk({
    dataDir,
    shell: 'electron',
    appVersion: app.getVersion(),
    clock: systemClock,
    logSink: sink,
    devices: hardware.devices,
  });

  const win = new BrowserWindow(kioskWindowOptions(join(here, '../preload/preload.cjs'), { dev }));
  const entry = rendererEntry();
  const ipc = registerIpc(ipcMain, kiosk, (event) => event.sender === win.webContents && event.senderFrame === win.webContents.mainFrame);
  ipc.sessionFor(win.webContents);
  win.once('ready-to-show', () => win.show());
  if (entry.url) await win.loadURL(entry.url);
  else if (entry.file) await win.loadFile(entry.file);
  log.info('electron shell started');

  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => {
    ipc.dispose();
    void kiosk
      .close()
      .then(() => hardware.close())
      .finally(() => app.quit());
  });
}

void start();
