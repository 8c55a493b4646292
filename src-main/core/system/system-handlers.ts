import type { Clock } from '../../api/center-clock';
import type { SystemInfo } from '../../api/channels/system';
import type { PartialHandlers } from '../rpc/handlers';

export function systemHandlers(
  info: () => SystemInfo,
  clock: Clock,
): PartialHandlers<'system.info' | 'system.ping' | 'session.current' | 'session.end'> {
  return {
    'system.info': (_args, { session }) => {
      const { dataDir, ...rest } = info();
      return session.role === 'technician' ? { ...rest, dataDir } : rest;
    },
    'system.ping': ({ nonce }) => ({ nonce, at: clock.now().toISOString() }),
    'session.current': (_args, { session }) => ({ role: session.role }),
    'session.end': (_args, { session }) => {
      session.reset();
      return { role: session.role };
    },
  };
}
