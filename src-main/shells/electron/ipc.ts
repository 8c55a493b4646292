import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { type ChannelName, channels } from '../../api/contract';
import { MAX_REQUEST_BYTES, type Reply } from '../../api/wire';
import type { Kiosk } from '../../core/kiosk/create-kiosk';
import type { Session } from '../../core/rpc/session';
import { EVENT_IPC_CHANNEL } from './ipc-names';

function approximateSize(value: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? '');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

interface Attached {
  readonly contents: WebContents;
  readonly session: Session;
}

/**
 * One `ipcMain.handle` per contract channel and nothing else. Calls are accepted only from the
 * kiosk window's own frame; each window has its own session (role, correlation id), and
 * contract events reach every attached window.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  kiosk: Kiosk,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): { sessionFor(contents: WebContents): Session; dispose(): void } {
  const attached = new Map<number, Attached>();
  const send = (contents: WebContents, event: string, payload: unknown) => {
    if (!contents.isDestroyed()) contents.send(EVENT_IPC_CHANNEL, { event, payload });
  };

  const sessionFor = (contents: WebContents): Session => {
    const existing = attached.get(contents.id);
    if (existing) return existing.session;
    const session = kiosk.newSession();
    attached.set(contents.id, { contents, session });
    session.onRoleChange((role) => send(contents, 'system.onSessionChanged', { role }));
    contents.once('destroyed', () => attached.delete(contents.id));
    return session;
  };

  const names = Object.keys(channels) as ChannelName[];
  for (const name of names) {
    ipcMain.handle(name, async (event, args: unknown): Promise<Reply> => {
      if (!isTrustedSender(event)) return { ok: false, error: { code: 'forbidden', message: 'untrusted sender' } };
      if (approximateSize(args) > MAX_REQUEST_BYTES) {
        return { ok: false, error: { code: 'payload-too-large', message: `request over ${MAX_REQUEST_BYTES} bytes` } };
      }
      return kiosk.dispatch(sessionFor(event.sender), name, args);
    });
  }

  const stopEvents = kiosk.bus.onAny((event, payload, to) => {
    if (to === 'none') return;
    for (const { contents, session } of attached.values()) if (to === 'all' || to === session) send(contents, event, payload);
  });

  return {
    sessionFor,
    dispose() {
      stopEvents();
      for (const name of names) ipcMain.removeHandler(name);
    },
  };
}
