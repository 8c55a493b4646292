import { z } from 'zod';
import { channel, event } from '../define';
import { ANY_ROLE } from '../roles';

/** Where a scan came from: the serial scanner, a keyboard-wedge scanner, the camera, the CLI, an ID reader. */
export const ScanSource = z.enum(['serial', 'wedge', 'camera', 'cli', 'idReader']);
export type ScanSource = z.infer<typeof ScanSource>;

/** Longest payload the renderer may submit; a QR code holds at most 7,089 characters. */
export const MAX_SCAN_SUBMIT_CHARS = 8192;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The QR on Vietnam's chip citizen ID card (CCCD), parsed. Personal data: never log it. */
export const CccdScan = z.object({
  kind: z.literal('cccd'),
  idNumber: z.string().regex(/^\d{12}$/),
  /** The old 9-digit ID number, or '' when the card has none. */
  oldIdNumber: z.string().regex(/^(\d{9})?$/),
  fullName: z.string().min(1),
  dateOfBirth: IsoDate,
  sex: z.enum(['male', 'female']),
  address: z.string().min(1),
  issueDate: IsoDate,
});
export type CccdScan = z.infer<typeof CccdScan>;

/** The QR of a queue ticket (`…/queue?kiosk=…&day=…&ticket=…`, `src-main/api/ticket-link.ts`). */
export const TicketScan = z.object({ kind: z.literal('ticket'), kiosk: z.string(), day: IsoDate, number: z.string() });
export type TicketScan = z.infer<typeof TicketScan>;

/** A scan after the core's classifier: what it is, and only what the screens need of it. */
export const ClassifiedScan = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('procedure'), code: z.string() }),
  z.object({ kind: z.literal('dossier'), code: z.string() }),
  CccdScan,
  TicketScan,
  /**
   * `read`: the payload came through whole (a Wi-Fi QR, a web link, a malformed ID card QR): it
   * was read but is none of the kiosk's codes. Absent: nothing usable was read (broken bytes,
   * empty, control characters).
   */
  z.object({ kind: z.literal('unknown'), reason: z.string(), read: z.literal(true).optional() }),
]);
export type ClassifiedScan = z.infer<typeof ClassifiedScan>;
export type ScanKind = ClassifiedScan['kind'];

export const ScanEvent = z.object({
  source: ScanSource,
  at: z.string(),
  scan: ClassifiedScan,
});
export type ScanEvent = z.infer<typeof ScanEvent>;

export const scanChannels = {
  /** A scan the renderer caught (keyboard wedge, camera): classified and announced like any other. */
  'scan.submit': channel({
    args: z
      .object({
        payload: z.string().min(1).max(MAX_SCAN_SUBMIT_CHARS),
        source: z.enum(['wedge', 'camera']),
      })
      .strict(),
    result: ClassifiedScan,
    roles: ANY_ROLE,
  }),
};

export const scanEvents = {
  'scan.onScan': event(ScanEvent),
};
