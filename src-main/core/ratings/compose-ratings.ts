import type { KioskParts } from '../kiosk/kiosk-parts';
import { ratingHandlers } from './rating-service';

/** Satisfaction ratings: stored and queued for the center server in one transaction. */
export function composeRatings(parts: KioskParts) {
  return { handlers: ratingHandlers(parts.db, parts.clock, parts.log.child('ratings')) };
}
