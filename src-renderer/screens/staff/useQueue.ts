import { useCallback, useEffect, useState } from 'react';
import type { Ticket } from '../../../src-main/api/channels/tickets';
import { useApi } from '../../api/api-context';

/** Today's tickets in calling order, refreshed whenever any ticket changes. */
export function useQueue(): { tickets: Ticket[] | null; reload(): void } {
  const api = useApi();
  const [tickets, setTickets] = useState<Ticket[] | null>(null);
  const reload = useCallback(() => {
    api.call('ticket.queue', {}).then(setTickets, () => undefined);
  }, [api]);
  useEffect(() => {
    reload();
    const stopChanged = api.on('ticket.onChanged', () => reload());
    const stopConn = api.onConnectionChange((connected) => {
      if (connected) reload();
    });
    return () => {
      stopChanged();
      stopConn();
    };
  }, [api, reload]);
  return { tickets, reload };
}
