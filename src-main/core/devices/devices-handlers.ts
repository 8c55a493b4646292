import type { DeviceHealth, DeviceListing } from '../../api/channels/devices';
import { ApiError } from '../../api/errors';
import { DeviceError } from '../../hardware/device-error';
import type { Devices } from '../../hardware/devices';
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

export function devicesHandlers(
  devices: Devices | undefined,
  deps: { now: () => Date; centerName: () => string; kioskId: string },
): PartialHandlers<'devices.health' | 'devices.list' | 'devices.testPrint'> {
  const startedAt = deps.now().toISOString();
  return {
    'devices.health': () => (devices ? [...devices.health()] : notConfigured(startedAt)),
    'devices.list': async (): Promise<DeviceListing> => {
      if (!devices) return { ports: [], devices: [] };
      if (devices.list) return devices.list();
      return { ports: [], devices: devices.health().map((health) => ({ kind: health.kind, interface: 'none', address: '', health })) };
    },
    'devices.testPrint': async () => {
      if (!devices) throw new ApiError('unavailable', 'no printer in this shell');
      const doc = testPage(deps.centerName(), deps.now(), deps.kioskId);
      try {
        if (!devices.testPrint) return { outcome: await devices.print(doc) };
        const { outcome, preview } = await devices.testPrint(doc);
        return preview ? { outcome, preview: `data:image/png;base64,${Buffer.from(preview).toString('base64')}` } : { outcome };
      } catch (err) {
        return toApiError(err);
      }
    },
  };
}
