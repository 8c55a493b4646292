import type { ClassifiedScan, ScanSource } from '../../api/channels/scan';
import type { Devices } from '../../hardware/devices';
import type { Logger } from '../logging/logger';
import type { EventBus } from '../rpc/event-bus';
import type { PartialHandlers } from '../rpc/handlers';
import { classifyScan } from './classify-scan';

/**
 * The one path every scan takes, whatever read it (serial scanner, keyboard wedge, camera, ID
 * reader): classify it, announce it to the screens as `scan.onScan`. Only the kind is logged:
 * a citizen ID card's fields are personal data.
 */
export function createScanService(deps: { bus: EventBus; log: Logger; now: () => Date; devices?: Devices }) {
  const announce = (payload: string, source: ScanSource, at?: string): ClassifiedScan => {
    const scan = classifyScan(payload);
    deps.log.info('scan', { source, kind: scan.kind, ...(scan.kind === 'unknown' ? { why: scan.reason } : {}) });
    deps.bus.emit('scan.onScan', { source, at: at ?? deps.now().toISOString(), scan });
    return scan;
  };
  const stops = deps.devices
    ? [
        deps.devices.onScan((raw) => announce(raw.payload, raw.source, raw.at)),
        deps.devices.onIdCard((payload) => announce(payload, 'idReader')),
        deps.devices.onHealth((health) => deps.bus.emit('devices.onHealth', health)),
      ]
    : [];
  const handlers: PartialHandlers<'scan.submit'> = {
    'scan.submit': ({ payload, source }) => announce(payload, source),
  };
  return {
    handlers,
    dispose(): void {
      for (const stop of stops) stop();
    },
  };
}
