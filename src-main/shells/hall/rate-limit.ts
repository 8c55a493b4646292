/** The token bucket moved to the api layer so core features (the dossier person lookup) share it. */
export { RateLimiter } from '../../api/rate-limit';
