import type { ClassifiedScan, ScanSource } from '../../api/channels/scan';
import type { KioskParts } from '../kiosk/kiosk-parts';
import type { PartialHandlers } from '../rpc/handlers';
import type { Session } from '../rpc/session';
import { classifyScan } from './classify-scan';

/**
 * The one path every scan takes, whatever read it (serial scanner, keyboard wedge, camera, ID
 * reader): classify it, announce it to the screens as `scan.onScan`. Only the kind is logged:
 * a citizen ID card's fields are personal data.
 */
export function composeScan(parts: KioskParts) {
  const { bus, devices } = parts;
  const log = parts.log.child('scan');
  const announce = (payload: string, source: ScanSource, to: Session | 'active', at?: string): ClassifiedScan => {
    const scan = classifyScan(payload);
    log.info('scan', { source, kind: scan.kind, ...(scan.kind === 'unknown' ? { why: scan.reason } : {}) });
    bus.emit('scan.onScan', { source, at: at ?? parts.clock.now().toISOString(), scan }, to);
    return scan;
  };
  const stops = devices
    ? [
        devices.onScan((raw) => announce(raw.payload, raw.source, 'active', raw.at)),
        devices.onIdCard((payload) => announce(payload, 'idReader', 'active')),
      ]
    : [];
  const handlers: PartialHandlers<'scan.submit'> = {
    'scan.submit': ({ payload, source }, { session }) => announce(payload, source, session),
  };
  return {
    handlers,
    close(): void {
      for (const stop of stops) stop();
    },
  };
}
