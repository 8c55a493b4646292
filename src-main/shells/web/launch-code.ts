import { randomBytes, timingSafeEqual } from 'node:crypto';
import { type Clock, systemClock } from '../../api/center-clock';

/** Long enough for a browser to start on a slow kiosk PC, short enough that a stale code is worthless. */
const CODE_LIFETIME_MS = 120_000;

/**
 * One-time codes that stand in for the launch token on a browser's command line, which every
 * local account can read in /proc/PID/cmdline. The browser opens `/?launch=CODE`; the server
 * answers with a redirect to the page with the real token (an HTTP answer, not a process
 * argument). A code works once and only for a short while, so reading it later gains nothing.
 */
export class LaunchCodes {
  private readonly codes = new Map<string, number>();

  constructor(private readonly clock: Clock = systemClock) {}

  issue(): string {
    const code = randomBytes(18).toString('base64url');
    this.codes.set(code, this.clock.now().getTime() + CODE_LIFETIME_MS);
    return code;
  }

  /** True once for a code that was issued and has not expired; the code is gone afterwards. */
  redeem(candidate: string): boolean {
    const t = this.clock.now().getTime();
    let found: string | null = null;
    for (const [code, expires] of this.codes) {
      if (expires <= t) this.codes.delete(code);
      else if (code.length === candidate.length && timingSafeEqual(Buffer.from(code), Buffer.from(candidate))) found = code;
    }
    if (found === null) return false;
    this.codes.delete(found);
    return true;
  }
}
