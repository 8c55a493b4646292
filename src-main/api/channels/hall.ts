import { z } from 'zod';
import { channel } from '../define';
import { PairedDevice } from '../hall';
import { TECHNICIAN_ONLY } from '../roles';

/** The technician's side of the hall host: pairing codes and paired devices (docs/hall.md). */
export const hallChannels = {
  /** A new 6-digit code a counter page, display page or member kiosk exchanges for its token. */
  'hall.pairing.start': channel({
    args: z.object({}).strict(),
    result: z.object({ code: z.string(), expiresAt: z.string() }),
    roles: TECHNICIAN_ONLY,
  }),
  'hall.devices.list': channel({ args: z.object({}).strict(), result: z.array(PairedDevice), roles: TECHNICIAN_ONLY }),
  /** The device's token stops working at once; its desk sessions end. */
  'hall.devices.revoke': channel({
    args: z.object({ id: z.string().min(1).max(64) }).strict(),
    result: PairedDevice,
    roles: TECHNICIAN_ONLY,
  }),
};
