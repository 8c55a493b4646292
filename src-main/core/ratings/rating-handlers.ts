import type { Clock } from '../../api/center-clock';
import type { Database } from '../db/open-database';
import type { Logger } from '../logging/logger';
import type { PartialHandlers } from '../rpc/handlers';
import { recordRating } from './rating-service';

/** The `rating.*` channels: a citizen's one-tap rating, stored and queued for the center. */
export function ratingHandlers(db: Database, clock: Clock, log: Logger): PartialHandlers<'rating.submit'> {
  return {
    'rating.submit': (args) => {
      const result = recordRating(db, args, clock.now());
      log.info('rating stored', { score: args.score, flow: args.flow });
      return result;
    },
  };
}
