import {
  type ChannelArgs,
  type ChannelName,
  type ChannelResult,
  channels,
  type EventName,
  type EventPayload,
  events,
  isEventName,
} from '../../src-main/api/contract';
import type { PreloadBridge } from '../../src-main/api/wire';
import { ApiCallError } from './api-error';
import { preloadTransport, type Transport } from './transport';
import { websocketTransport } from './websocket-transport';

export interface ApiClient {
  call<C extends ChannelName>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  onConnectionChange(listener: (connected: boolean) => void): () => void;
}

/** Wraps a transport with the contract: arguments checked before sending, results after. */
export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(channel, args) {
      const spec = channels[channel];
      const parsedArgs = spec.args.safeParse(args);
      if (!parsedArgs.success) {
        throw new ApiCallError({ code: 'bad-request', message: `${channel}: ${parsedArgs.error.issues[0]?.message ?? 'invalid'}` });
      }
      const reply = await transport.invoke(channel, parsedArgs.data);
      if (!reply.ok) throw new ApiCallError(reply.error);
      const parsed = spec.result.safeParse(reply.result);
      if (!parsed.success) throw new ApiCallError({ code: 'internal', message: `${channel}: reply outside the contract` });
      return parsed.data as ChannelResult<typeof channel>;
    },
    on(event, listener) {
      return transport.onEvent((frame) => {
        if (frame.event !== event || !isEventName(frame.event)) return;
        const parsed = events[event].payload.safeParse(frame.payload);
        if (parsed.success) listener(parsed.data as EventPayload<typeof event>);
      });
    },
    onConnectionChange: (listener) => transport.onConnectionChange(listener),
  };
}

declare global {
  interface Window {
    kioskBridge?: PreloadBridge;
  }
}

/** Electron's preload when it is there; otherwise the web shell's bridge with the launch token. */
export function connectApi(win: Window = window): ApiClient {
  if (win.kioskBridge) return createApiClient(preloadTransport(win.kioskBridge));
  const params = new URLSearchParams(win.location.search);
  const token = params.get('token') ?? win.sessionStorage.getItem('kiosk.token') ?? '';
  if (token) win.sessionStorage.setItem('kiosk.token', token);
  const scheme = win.location.protocol === 'https:' ? 'wss' : 'ws';
  return createApiClient(websocketTransport(`${scheme}://${win.location.host}/bridge?token=${encodeURIComponent(token)}`));
}
