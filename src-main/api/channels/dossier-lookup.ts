import { z } from 'zod';
import { channel } from '../define';
import { ANY_ROLE } from '../roles';
import { LocalDossierState } from './dossiers';

const ProcedureName = z.object({ vi: z.string(), en: z.string().optional(), ar: z.string().optional(), pl: z.string().optional() });

/**
 * A lost receipt, found by ID number and date of birth. The center contract offers no such
 * lookup, so only dossiers submitted at this kiosk can be found (kept as a keyed hash, see
 * migration 0012). The answer is status only: procedure, state and dates; never the code, the
 * name, the address or the center's notes, since whoever types an ID and a birth date need not
 * be the applicant.
 */
export const PersonDossierMatch = z.object({
  procedureName: ProcedureName,
  submittedAt: z.string(),
  expectedResultDate: z.string().nullable(),
  state: LocalDossierState,
  /** The center's status word and when it changed, when the center answered. */
  remote: z.object({ status: z.string().max(60), updatedAt: z.string().max(40) }).nullable(),
});
export type PersonDossierMatch = z.infer<typeof PersonDossierMatch>;

export const PersonLookupResult = z.object({
  matches: z.array(PersonDossierMatch).max(50),
  /** Whether the center answered for every match (false: local states only). */
  reachedServer: z.boolean(),
});
export type PersonLookupResult = z.infer<typeof PersonLookupResult>;

export const dossierLookupChannels = {
  /** Answers `busy` after too many tries in a short time (guessing someone else's birth date). */
  'dossier.findByPerson': channel({
    args: z.object({ citizenId: z.string().max(20), dateOfBirth: z.string().max(10) }).strict(),
    result: PersonLookupResult,
    roles: ANY_ROLE,
  }),
};
