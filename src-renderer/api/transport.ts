import type { EventFrame, PreloadBridge, Reply } from '../../src-main/api/wire';

/** How the client reaches main: Electron's preload or the web shell's WebSocket. */
export interface Transport {
  invoke(channel: string, args: unknown): Promise<Reply>;
  onEvent(listener: (frame: EventFrame) => void): () => void;
  onConnectionChange(listener: (connected: boolean) => void): () => void;
}

export function preloadTransport(bridge: PreloadBridge): Transport {
  return {
    invoke: (channel, args) => bridge.invoke(channel, args),
    onEvent: (listener) => bridge.on(listener),
    onConnectionChange: (listener) => {
      listener(true);
      return () => undefined;
    },
  };
}
