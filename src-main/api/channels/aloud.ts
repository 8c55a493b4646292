import { z } from 'zod';
import { channel } from '../define';
import { ANY_ROLE } from '../roles';
import { ProcedureCode } from './catalog';
import { TicketStatus } from './tickets';

/**
 * "Nghe" (listen): what a screen reads aloud in Vietnamese, from clips made in advance
 * (docs/aloud.md). The screen names what it shows; the kiosk answers with the clips to play in
 * order, or none when any of them is missing or was made from other text (the button hides).
 */
export const ReadingRequest = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('home') }),
  z.strictObject({ kind: z.literal('procedure'), code: ProcedureCode }),
  z.strictObject({
    kind: z.literal('ticket'),
    number: z.string().regex(/^[A-Z]-\d{1,6}$/),
    priority: z.boolean(),
    status: TicketStatus,
    counters: z.array(z.number().int().min(1).max(999)).max(20),
    /** Null when the kiosk cannot tell (a hall member without word from its host): the reading leaves it out. */
    waitingAhead: z.number().int().min(0).max(999_999).nullable(),
  }),
]);
export type ReadingRequest = z.infer<typeof ReadingRequest>;

/** A clip's path on the kiosk's own origin: `/audio/vi/<name>.wav` or `.ogg`. */
export const ClipUrl = z.string().regex(/^\/audio\/vi\/[a-z0-9-]{1,64}\.(?:wav|ogg)$/);

export const aloudChannels = {
  'aloud.reading': channel({
    args: ReadingRequest,
    result: z.object({ clips: z.array(ClipUrl).max(200) }),
    roles: ANY_ROLE,
  }),
};
