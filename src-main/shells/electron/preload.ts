import { contextBridge, ipcRenderer } from 'electron';
import { isChannelName } from '../../api/contract';
import type { EventFrame, PreloadBridge, Reply } from '../../api/wire';
import { EVENT_IPC_CHANNEL } from './ipc-names';

/**
 * Exactly the contract and nothing more: `invoke` for known channels, `on` for events. The
 * renderer never sees `ipcRenderer` itself.
 */
const bridge: PreloadBridge = {
  invoke(channel: string, args: unknown): Promise<Reply> {
    if (!isChannelName(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown-channel', message: `unknown channel: ${String(channel).slice(0, 100)}` },
      });
    }
    return ipcRenderer.invoke(channel, args) as Promise<Reply>;
  },
  on(listener: (frame: EventFrame) => void): () => void {
    const wrapped = (_event: unknown, frame: EventFrame) => listener(frame);
    ipcRenderer.on(EVENT_IPC_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_IPC_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('kioskBridge', bridge);
