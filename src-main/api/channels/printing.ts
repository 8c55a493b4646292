import { z } from 'zod';
import { channel, event } from '../define';
import { STAFF_ROLES } from '../roles';
import { DeviceHealth } from './devices';

/**
 * A print job's life in the kiosk's one print queue: `queued` (waiting for its turn or for the
 * printer), `printing` (being sent now), `printed` (the printer confirmed it), `failed` (it will
 * not print on its own: no printer, waited too long, or sent but never confirmed).
 */
export const PrintJobState = z.enum(['queued', 'printing', 'printed', 'failed']);
export type PrintJobState = z.infer<typeof PrintJobState>;

/** Why a job waits or failed, in the printer's own terms (`no-paper`, `offline`, …). */
export const PrintJobReason = DeviceHealth.shape.state.exclude(['ready']);
export type PrintJobReason = z.infer<typeof PrintJobReason>;

export const PrintJobOwner = z.enum(['ticket', 'receipt', 'test']);
export type PrintJobOwner = z.infer<typeof PrintJobOwner>;

export const PrintJob = z.object({
  id: z.string(),
  owner: PrintJobOwner,
  /** Short name, never personal data: `ticket A-001`, `receipt`, `test page`. */
  title: z.string(),
  state: PrintJobState,
  reason: PrintJobReason.nullable(),
  /** Its first byte went to the printer: it may have printed, so it is never sent again on its own. */
  sent: z.boolean(),
  attempts: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PrintJob = z.infer<typeof PrintJob>;

/** A job's change of state, as the queue reports it; `ref` is the owner's id (a ticket id). */
export const PrintJobChange = PrintJob.extend({ ref: z.string().nullable() });
export type PrintJobChange = z.infer<typeof PrintJobChange>;

export const printingChannels = {
  /** Jobs still waiting or printing, and those that ended today, newest first (staff, technicians). */
  'printing.jobs': channel({ args: z.object({}).strict(), result: z.array(PrintJob), roles: STAFF_ROLES }),
};

export const printingEvents = {
  'printing.onJob': event(PrintJob),
};
