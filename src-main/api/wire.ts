import { z } from 'zod';
import { ApiErrorShape } from './errors';

/** Largest request a shell accepts; anything larger is answered with `payload-too-large`. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

/** A request as it travels over IPC or the WebSocket bridge. */
export const RequestFrame = z.object({
  id: z.number().int().nonnegative(),
  channel: z.string().max(100),
  args: z.unknown(),
});
export type RequestFrame = z.infer<typeof RequestFrame>;

export const Reply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiErrorShape }),
]);
export type Reply = z.infer<typeof Reply>;

export const ReplyFrame = z.intersection(z.object({ id: z.number().int().nonnegative().nullable() }), Reply);
export type ReplyFrame = z.infer<typeof ReplyFrame>;

export const EventFrame = z.object({ event: z.string(), payload: z.unknown() });
export type EventFrame = z.infer<typeof EventFrame>;

/** What the Electron preload puts on `window.kioskBridge`; the renderer's client wraps it. */
export interface PreloadBridge {
  invoke(channel: string, args: unknown): Promise<Reply>;
  on(listener: (frame: EventFrame) => void): () => void;
}

/** A WebSocket message's JSON, or `undefined` when it is not JSON: a bad frame is dropped, never thrown. */
export function parseFrame(data: unknown): unknown {
  try {
    return JSON.parse(String(data));
  } catch {
    return undefined;
  }
}
