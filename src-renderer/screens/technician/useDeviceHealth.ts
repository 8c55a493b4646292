import { useEffect, useState } from 'react';
import type { DeviceHealth, DeviceKind } from '../../../src-main/api/channels/devices';
import { useApi } from '../../api/api-context';

/** Each device's health, read once and then kept current by `devices.onHealth`. */
export function useDeviceHealth(): Partial<Record<DeviceKind, DeviceHealth>> {
  const api = useApi();
  const [health, setHealth] = useState<Partial<Record<DeviceKind, DeviceHealth>>>({});
  useEffect(() => {
    api.call('devices.health', {}).then(
      (list) => setHealth((prev) => ({ ...Object.fromEntries(list.map((h) => [h.kind, h])), ...prev })),
      () => undefined,
    );
    return api.on('devices.onHealth', (h) => setHealth((prev) => ({ ...prev, [h.kind]: h })));
  }, [api]);
  return health;
}
