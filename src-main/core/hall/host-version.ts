import { HALL_KIOSK_IDS_HEADER, type HallHostVersion } from '../../api/hall';
import type { Logger } from '../logging/logger';

/**
 * What a member kiosk has learnt of its host's version from the host's answers (docs/hall.md,
 * "Order of updates"): a host that knows kiosk ids sends HALL_KIOSK_IDS_HEADER with every answer;
 * one of an older version does not, and refuses the fields that came with them.
 */
export class HostVersion {
  /** Null until the host answered once. */
  private knowsIds: boolean | null = null;

  constructor(private readonly log: Logger) {}

  /** Learns from one answer. A server error without the header (a proxy, a host starting) says nothing. */
  heard(res: Response): void {
    const knows = res.headers.get(HALL_KIOSK_IDS_HEADER) === '1';
    if ((!knows && res.status >= 500) || knows === this.knowsIds) return;
    if (!knows) this.log.warn('the hall host is of an older version: it does not know kiosk ids; update it');
    else if (this.knowsIds === false) this.log.info('the hall host knows kiosk ids now');
    this.knowsIds = knows;
  }

  /** The host answered without knowing kiosk ids: a member updated before its host. */
  get older(): boolean {
    return this.knowsIds === false;
  }

  get value(): HallHostVersion {
    return this.knowsIds === null ? 'unknown' : this.knowsIds ? 'current' : 'older';
  }
}
