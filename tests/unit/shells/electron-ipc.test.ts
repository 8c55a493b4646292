import { EventEmitter } from 'node:events';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../src-main/api/contract';
import { MAX_REQUEST_BYTES, type Reply } from '../../../src-main/api/wire';
import { registerIpc } from '../../../src-main/shells/electron/ipc';
import { EVENT_IPC_CHANNEL } from '../../../src-main/shells/electron/ipc-names';
import { startTestKiosk, type TestKiosk } from '../../support/test-kiosk';

// The unit project shares one module graph between files (vitest.config.ts): start this file's
// Electron modules afresh, so they meet this file's mock of `electron` and no other's.
vi.hoisted(() => vi.resetModules());

// Electron's binary cannot run here: ipcMain and WebContents are stood in for by plain objects
// with the same methods the shell uses.
vi.mock('electron', () => ({}));

type Handler = (event: IpcMainInvokeEvent, args: unknown) => Promise<Reply>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: vi.fn((name: string, fn: Handler) => {
      if (handlers.has(name)) throw new Error(`second handler for ${name}`);
      handlers.set(name, fn);
    }),
    removeHandler: vi.fn((name: string) => handlers.delete(name)),
  };
}

function fakeContents(id: number) {
  const emitter = new EventEmitter();
  const sent: { channel: string; frame: unknown }[] = [];
  const contents = Object.assign(emitter, {
    id,
    isDestroyed: () => false,
    send: (channel: string, frame: unknown) => sent.push({ channel, frame }),
  });
  return { contents: contents as unknown as WebContents, sent, emitter };
}

describe('Electron IPC wiring', () => {
  let t: TestKiosk;
  beforeEach(() => {
    t = startTestKiosk();
  });
  afterEach(async () => {
    await t.close();
  });

  it('registers exactly one handler per contract channel and nothing else', () => {
    const ipc = fakeIpcMain();
    registerIpc(ipc, t.kiosk, () => true);
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.keys(channels).sort());
  });

  it('answers calls from the kiosk window through the core', async () => {
    const ipc = fakeIpcMain();
    registerIpc(ipc, t.kiosk, () => true);
    const { contents } = fakeContents(1);
    const reply = await ipc.handlers.get('system.ping')?.({ sender: contents } as IpcMainInvokeEvent, { nonce: 'n1' });
    expect(reply).toMatchObject({ ok: true, result: { nonce: 'n1' } });
  });

  it.each([
    ['wrong types', 'system.ping', { nonce: 12 }, 'bad-request'],
    ['missing args', 'system.ping', undefined, 'bad-request'],
    ['oversized payload', 'system.ping', { nonce: 'x'.repeat(MAX_REQUEST_BYTES + 10) }, 'payload-too-large'],
  ])('answers %s with a typed error', async (_label, channel, args, code) => {
    const ipc = fakeIpcMain();
    registerIpc(ipc, t.kiosk, () => true);
    const { contents } = fakeContents(1);
    const reply = await ipc.handlers.get(channel)?.({ sender: contents } as IpcMainInvokeEvent, args);
    expect(reply).toMatchObject({ ok: false, error: { code } });
  });

  it('refuses senders other than the kiosk window', async () => {
    const ipc = fakeIpcMain();
    registerIpc(ipc, t.kiosk, () => false);
    const { contents } = fakeContents(2);
    const reply = await ipc.handlers.get('system.info')?.({ sender: contents } as IpcMainInvokeEvent, {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('tells a window when its own role changes', () => {
    const ipc = fakeIpcMain();
    const wiring = registerIpc(ipc, t.kiosk, () => true);
    const { contents, sent } = fakeContents(3);
    wiring.sessionFor(contents).setRole('staff');
    expect(sent).toEqual([{ channel: EVENT_IPC_CHANNEL, frame: { event: 'system.onSessionChanged', payload: { role: 'staff' } } }]);
  });

  it('removes every handler on dispose', () => {
    const ipc = fakeIpcMain();
    registerIpc(ipc, t.kiosk, () => true).dispose();
    expect(ipc.handlers.size).toBe(0);
  });
});
