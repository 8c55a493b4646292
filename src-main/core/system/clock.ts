/**
 * The clock lives with the center's time zone in `src-main/api/center-clock.ts`; core code that
 * already imported it from here keeps this path.
 */
export { type Clock, fakeClock, systemClock } from '../../api/center-clock';
