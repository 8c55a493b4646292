import { z } from 'zod';

/**
 * The one-stop steps of a dossier at the center, shared by the center (which records them) and
 * the kiosk (which shows them in the citizen's language): received → being processed →
 * supplement requested → result ready → result handed over (`delivered`, at the counter or by
 * post; the kiosk already called that status `delivered`, and `returned` a dossier sent back).
 * `submitted` is the center's own mark for "arrived from a kiosk, not yet taken in by reception".
 */
export const DossierStep = z.enum(['submitted', 'received', 'processing', 'needs-info', 'ready', 'delivered']);
export type DossierStep = z.infer<typeof DossierStep>;

/** Which step may follow which; anything else is refused as a conflict. */
export const NEXT_STEPS: Readonly<Record<DossierStep, readonly DossierStep[]>> = {
  submitted: ['received'],
  received: ['processing', 'needs-info', 'ready'],
  processing: ['needs-info', 'ready'],
  'needs-info': ['processing', 'ready'],
  ready: ['delivered'],
  delivered: [],
};

export function canFollow(from: DossierStep, to: DossierStep): boolean {
  return NEXT_STEPS[from].includes(to);
}

// One definition of the fee's state, shared with the kiosk's payment feature.
export { PaymentState } from '../payment';

/** A postal tracking number as Vietnam Post and couriers print them: letters, digits, dashes. */
export const TrackingNumber = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{6,40}$/, 'a tracking number is 6 to 40 letters, digits or dashes');

export const StepEntry = z.object({
  step: DossierStep,
  at: z.string().max(40),
  /** The reason of a supplement request, or a staff note the citizen may read. */
  note: z.string().max(2000),
  /** Set on `ready`/`delivered` when the result goes by post. */
  tracking: z.string().max(40).nullable(),
});
export type StepEntry = z.infer<typeof StepEntry>;
