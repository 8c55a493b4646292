import { describe, expect, it } from 'vitest';
import { kioskWindowOptions } from '../../../src-main/shells/electron/window-options';

describe('kiosk window options', () => {
  const prod = kioskWindowOptions('/app/preload.cjs', { dev: false });

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
      webviewTag: false,
      devTools: false,
    });
  });

  it('fills the screen in kiosk mode without a frame in production', () => {
    expect(prod).toMatchObject({ kiosk: true, fullscreen: true, frame: false, autoHideMenuBar: true });
  });

  it('keeps devtools and a frame only for development', () => {
    const dev = kioskWindowOptions('/p', { dev: true });
    expect(dev.kiosk).toBe(false);
    expect(dev.webPreferences?.devTools).toBe(true);
    expect(dev.webPreferences?.contextIsolation).toBe(true);
  });
});
