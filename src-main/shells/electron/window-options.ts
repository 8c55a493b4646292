import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The kiosk window: full screen, no frame or menu, and a renderer that can reach nothing but
 * the preload's API (no Node, isolated context, OS sandbox).
 */
export function kioskWindowOptions(preloadPath: string, options: Readonly<{ dev: boolean }>): BrowserWindowConstructorOptions {
  return {
    kiosk: !options.dev,
    fullscreen: !options.dev,
    frame: options.dev,
    autoHideMenuBar: true,
    backgroundColor: '#f4f6fa',
    show: false,
    width: 1080,
    height: 1920,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: options.dev,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableDialogs: true,
    },
  };
}
