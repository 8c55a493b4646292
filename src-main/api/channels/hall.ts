import { z } from 'zod';
import { channel } from '../define';
import { HallDayStats, HallHostVersion, ListedHallDevice, PairedDevice } from '../hall';
import { STAFF_ROLES, TECHNICIAN_ONLY } from '../roles';

/** The technician's side of the hall host: pairing codes and paired devices (docs/hall.md). */
export const hallChannels = {
  /** A new 6-digit code a counter page, display page or member kiosk exchanges for its token. */
  'hall.pairing.start': channel({
    args: z.object({}).strict(),
    result: z.object({ code: z.string(), expiresAt: z.string() }),
    roles: TECHNICIAN_ONLY,
  }),
  /** Each device with the kiosk ids a member reported: which kiosk is which, and one that never told. */
  'hall.devices.list': channel({ args: z.object({}).strict(), result: z.array(ListedHallDevice), roles: TECHNICIAN_ONLY }),
  /** The device's token stops working at once; its desk sessions end. */
  'hall.devices.revoke': channel({
    args: z.object({ id: z.string().min(1).max(64) }).strict(),
    result: PairedDevice,
    roles: TECHNICIAN_ONLY,
  }),
  /**
   * A member kiosk's side (docs/hall.md, "Order of updates"): the kiosk id its QR codes print, which
   * the host's screen lists, and whether its host knows kiosk ids (`older`: updated before the host).
   */
  'hall.member.state': channel({
    args: z.object({}).strict(),
    result: z.object({ kioskId: z.string(), hostVersion: HallHostVersion }),
    roles: TECHNICIAN_ONLY,
  }),
  /** A day's figures of the hall's queue (today by default): what `npx kiosk ticket stats --json` prints. */
  'hall.stats': channel({
    args: z
      .object({
        day: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .optional(),
      })
      .strict(),
    result: HallDayStats,
    roles: STAFF_ROLES,
  }),
};
