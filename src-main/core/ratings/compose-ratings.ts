import type { KioskParts } from '../kiosk/kiosk-parts';
import { ratingHandlers } from './rating-handlers';

/** Satisfaction ratings: stored and queued for the center server in one transaction. */
export function composeRatings(parts: KioskParts) {
  return { handlers: ratingHandlers(parts.db, parts.clock, parts.log.child('ratings')) };
}
