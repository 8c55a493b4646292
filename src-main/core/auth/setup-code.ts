import { randomInt, timingSafeEqual } from 'node:crypto';
import { SETUP_CODE_LENGTH } from '../../api/channels/auth';
import type { Logger } from '../logging/logger';

/** Wrong codes before this start's code is thrown away (a restart prints a new one). */
export const SETUP_CODE_MAX_TRIES = 5;

/**
 * The one-time code that lets the first technician choose the technician PIN at the screen. It
 * is made at start while no technician PIN exists and written to the log (and so to the console
 * of the shell) — never to any screen — so choosing the first PIN needs access to the kiosk PC,
 * not just a finger on the glass. Used once; thrown away after a few wrong tries.
 */
export class SetupCode {
  private code: string | null;
  private wrong = 0;

  constructor(private readonly log: Logger) {
    this.code = Array.from({ length: SETUP_CODE_LENGTH }, () => randomInt(10)).join('');
    log.warn('the technician PIN is not set: this setup code lets the first technician choose it at the screen', {
      setupCode: this.code,
      cli: 'npx kiosk auth set-pin --role technician',
    });
  }

  /** Whether `typed` is the code; a wrong one counts towards throwing the code away. */
  accepts(typed: string | undefined): boolean {
    const code = this.code;
    if (code === null || typed === undefined) return false;
    const ok = typed.length === code.length && timingSafeEqual(Buffer.from(typed), Buffer.from(code));
    if (!ok && ++this.wrong >= SETUP_CODE_MAX_TRIES) {
      this.code = null;
      this.log.warn('setup code thrown away after too many wrong tries: restart the kiosk for a new one, or use the CLI');
    }
    return ok;
  }

  /** The first PIN is set: the code is spent. */
  spend(): void {
    this.code = null;
  }
}
