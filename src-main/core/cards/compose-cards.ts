import type { ChipReader } from '../../hardware/idreader/chip-reader';
import type { KioskParts } from '../kiosk/kiosk-parts';
import type { PartialHandlers } from '../rpc/handlers';
import { ChipService } from './chip-service';
import { TrustStore } from './trust-store';

/** The CCCD chip: reads for the citizen's screens, status and trust list for technicians. */
export function composeCards(parts: KioskParts, options: { reader?: ChipReader | undefined; waitMs?: number }) {
  const trust = new TrustStore(parts.dataDir);
  const service = new ChipService({
    reader: options.reader,
    trust,
    log: parts.log.child('cards'),
    clock: parts.clock,
    timers: parts.timers,
    onStep: (step) => parts.bus.emit('cards.onProgress', { step }),
    ...(options.waitMs !== undefined ? { waitMs: options.waitMs } : {}),
  });
  service.start();
  const handlers: PartialHandlers<'cards.available' | 'cards.read' | 'cards.readMrz' | 'cards.cancel' | 'cards.status'> = {
    'cards.available': () => ({ available: service.available() }),
    'cards.read': (args) => service.readWithQr(args),
    'cards.readMrz': ({ mrz }) => service.readWithMrz(mrz),
    'cards.cancel': () => ({ cancelled: service.cancel() }),
    'cards.status': () => service.status(),
  };
  return { service, trust, handlers, close: () => service.close() };
}
