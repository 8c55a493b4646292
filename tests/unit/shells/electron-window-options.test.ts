import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createKioskWindow } from '../../../src-main/shells/electron/window-options';

/** Stands in for BrowserWindow and keeps what it was built with. */
class RecordingWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

const optionsFor = (dev: boolean) => createKioskWindow(RecordingWindow, '/app/preload.cjs', { dev }).options;

describe('kiosk window options', () => {
  const prod = optionsFor(false);

  it('locks the renderer away from Node and the OS', () => {
    expect(prod.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      webviewTag: false,
      plugins: false,
      devTools: false,
    });
    expect(prod.webPreferences?.enableBlinkFeatures).toBeUndefined();
  });

  it('turns off what a visitor could use to leave or disturb the page', () => {
    expect(prod.webPreferences).toMatchObject({
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      disableDialogs: true,
      zoomFactor: 1,
      spellcheck: false,
      scrollBounce: false,
    });
  });

  it('fills the screen in kiosk mode, without a frame, and cannot be moved, minimised or closed', () => {
    expect(prod).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
      autoHideMenuBar: true,
      minimizable: false,
      maximizable: false,
      resizable: false,
      movable: false,
      closable: false,
      skipTaskbar: true,
      show: false,
    });
  });

  it('keeps devtools and a frame only for development, never the lock-down of the renderer', () => {
    const dev = optionsFor(true);
    expect(dev.kiosk).toBe(false);
    expect(dev.frame).toBe(true);
    expect(dev.webPreferences?.devTools).toBe(true);
    expect(dev.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  });
});
