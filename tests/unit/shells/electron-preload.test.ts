import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PreloadBridge } from '../../../src-main/api/wire';

// The unit project shares one module graph between files (vitest.config.ts): start this file's
// Electron modules afresh, so they meet this file's mock of `electron` and no other's.
vi.hoisted(() => vi.resetModules());

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async () => ({ ok: true, result: {} }));
const on = vi.fn();
const removeListener = vi.fn();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: { invoke, on, removeListener },
}));

describe('preload bridge', () => {
  beforeEach(async () => {
    vi.resetModules();
    await import('../../../src-main/shells/electron/preload');
  });

  it('exposes exactly invoke and on as window.kioskBridge', () => {
    expect(Object.keys(exposed)).toEqual(['kioskBridge']);
    expect(Object.keys(exposed.kioskBridge as object).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards contract channels and refuses others without touching IPC', async () => {
    const bridge = exposed.kioskBridge as PreloadBridge;
    invoke.mockClear();
    await bridge.invoke('system.info', {});
    expect(invoke).toHaveBeenCalledWith('system.info', {});
    const reply = await bridge.invoke('shell.openExternal', { url: 'file:///etc/passwd' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(invoke).toHaveBeenCalledTimes(1);
  });
});
