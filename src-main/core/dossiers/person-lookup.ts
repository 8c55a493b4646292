import type { Clock } from '../../api/center-clock';
import type { PersonLookupResult } from '../../api/channels/dossier-lookup';
import { checkCitizenId, isIsoDate } from '../../api/dossier-rules';
import { ApiError } from '../../api/errors';
import { RateLimiter } from '../../api/rate-limit';
import type { Database } from '../db/open-database';
import type { PartialHandlers } from '../rpc/handlers';
import type { DossierService } from './dossier-service';
import { codesForPerson } from './person-keys';

export interface PersonLookupDeps {
  readonly db: Database;
  readonly service: DossierService;
  readonly clock: Clock;
  /** Tries allowed in a burst, and how fast they come back (default: 5, one per 2 minutes). */
  readonly limit?: Readonly<{ perSecond: number; burst: number }>;
}

const MAX_MATCHES = 10;

/**
 * Looks up the dossiers one person submitted at this kiosk. The kiosk is one screen, so the
 * limit is one bucket for the whole kiosk: a run of guesses at a birth date is stopped after a
 * handful, whoever stands at the screen.
 */
export function personLookupHandlers(deps: PersonLookupDeps): PartialHandlers<'dossier.findByPerson'> {
  const limiter = new RateLimiter(deps.limit ?? { perSecond: 1 / 120, burst: 5 }, deps.clock);
  return {
    'dossier.findByPerson': async ({ citizenId, dateOfBirth }): Promise<PersonLookupResult> => {
      const id = citizenId.replace(/\s/g, '');
      if (checkCitizenId(id) !== null || !isIsoDate(dateOfBirth))
        throw new ApiError('bad-request', 'a 12-digit ID number and a date of birth are needed');
      if (!limiter.take('kiosk'))
        throw new ApiError('busy', 'too many lookups in a short time: please wait a few minutes or ask at the counter');
      const codes = codesForPerson(deps.db, id, dateOfBirth, MAX_MATCHES);
      const statuses = await Promise.all(codes.map((code) => deps.service.status(code)));
      const matches = statuses.flatMap((s) =>
        s.local
          ? [
              {
                procedureName: s.local.procedureName,
                submittedAt: s.local.submittedAt,
                expectedResultDate: s.local.expectedResultDate,
                state: s.local.state,
                remote: s.remote ? { status: s.remote.status, updatedAt: s.remote.updatedAt } : null,
              },
            ]
          : [],
      );
      return { matches, reachedServer: statuses.every((s) => s.reachedServer) };
    },
  };
}
