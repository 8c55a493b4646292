import { describe, expect, it, vi } from 'vitest';

const calls: string[] = [];

// main.ts is the one file that imports Electron's runtime; here it meets a second instance.
vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    commandLine: { appendSwitch: (name: string) => calls.push(`switch ${name}`) },
    requestSingleInstanceLock: () => {
      calls.push('lock');
      return false;
    },
    quit: () => calls.push('quit'),
  },
  protocol: { registerSchemesAsPrivileged: () => calls.push('schemes') },
  BrowserWindow: class {},
  ipcMain: {},
  Menu: {},
  powerSaveBlocker: {},
  session: {},
}));

describe('Electron main entry', () => {
  it('hands the real Electron module to the shell, which quits when a kiosk already runs', async () => {
    await import('../../../src-main/shells/electron/main');
    await vi.waitFor(() => expect(calls).toContain('quit'));
    expect(calls).toEqual(['switch disable-pinch', 'switch overscroll-history-navigation', 'schemes', 'lock', 'quit']);
  });
});
