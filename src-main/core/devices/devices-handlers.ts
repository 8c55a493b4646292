import type { Clock } from '../../api/center-clock';
import type { DeviceHealth, DeviceListing } from '../../api/channels/devices';
import { ApiError } from '../../api/errors';
import { DeviceError } from '../../hardware/device-error';
import type { Devices } from '../../hardware/devices';
import type { PrintQueue } from '../printing/print-queue';
import type { PartialHandlers } from '../rpc/handlers';
import { testPage } from './test-page';

const KINDS = ['printer', 'scanner', 'idReader'] as const;

function notConfigured(at: string): DeviceHealth[] {
  return KINDS.map((kind) => ({ kind, state: 'not-configured', reason: 'no devices in this shell', since: at }));
}

/** A device fault reaches the screen as `device-error` (or `unavailable`) with its reason. */
export function toApiError(err: unknown): never {
  if (err instanceof DeviceError) {
    throw new ApiError(err.code === 'not-configured' ? 'unavailable' : 'device-error', `${err.code}: ${err.message}`);
  }
  throw err;
}

/** How long the technician's test page waits for the printer's answer. */
const TEST_ANSWER_MS = 20_000;

export function devicesHandlers(
  devices: Devices | undefined,
  deps: { clock: Clock; centerName: () => string; kioskId: string; printing: PrintQueue | undefined },
): PartialHandlers<'devices.health' | 'devices.list' | 'devices.testPrint'> {
  const startedAt = deps.clock.now().toISOString();
  return {
    'devices.health': () => (devices ? [...devices.health()] : notConfigured(startedAt)),
    'devices.list': async (): Promise<DeviceListing> => {
      if (!devices) return { ports: [], devices: [] };
      if (devices.list) return devices.list();
      return { ports: [], devices: devices.health().map((health) => ({ kind: health.kind, interface: 'none', address: '', health })) };
    },
    'devices.testPrint': async () => {
      if (!devices || !deps.printing) throw new ApiError('unavailable', 'no printer in this shell');
      const doc = testPage(deps.centerName(), deps.clock.now(), deps.kioskId);
      // The test page takes its turn in the one print queue, as a ticket would.
      const page = devices.nextPagePng?.(30_000) ?? null;
      const outcome = await deps.printing.print(doc, 'test', null, TEST_ANSWER_MS);
      if (outcome.state === 'failed' && outcome.reason === 'not-configured') throw new ApiError('unavailable', 'no printer is configured');
      const preview = outcome.state === 'printed' && page ? await page : null;
      return preview ? { outcome, preview: `data:image/png;base64,${Buffer.from(preview).toString('base64')}` } : { outcome };
    },
  };
}
