import { afterAll, describe, expect, it, vi } from 'vitest';

// The unit project shares one module graph between files (vitest.config.ts): start this file's
// Electron modules afresh, so they meet this file's mock of `electron` and no other's.
vi.hoisted(() => vi.resetModules());

const calls: string[] = [];
// main.ts sets the process umask to 0o077; the worker runs other files after this one.
const savedUmask = process.umask();
afterAll(() => void process.umask(savedUmask));

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
