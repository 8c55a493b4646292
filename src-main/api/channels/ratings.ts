import { z } from 'zod';
import { channel } from '../define';
import { ANY_ROLE } from '../roles';

/** 1 very unhappy, 2 unhappy, 3 happy, 4 very happy: the four faces, no neutral middle. */
export const RatingScore = z.number().int().min(1).max(4);
export type RatingScore = z.infer<typeof RatingScore>;

/** Which finished flow is rated (`ticket`, `dossier`, …): a short lower-case name, never free text. */
export const RatingFlow = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'a short lower-case flow name such as ticket');

export const RatingInput = z
  .object({
    score: RatingScore,
    flow: RatingFlow,
    /** The screen language, for statistics per language; no personal data travels with a rating. */
    language: z.enum(['vi', 'en', 'ar', 'pl']),
  })
  .strict();
export type RatingInput = z.infer<typeof RatingInput>;

export const ratingChannels = {
  /** Stores the rating and queues a `rating.submitted` event for the center server, in one transaction. */
  'rating.submit': channel({ args: RatingInput, result: z.object({ id: z.string() }), roles: ANY_ROLE }),
};
