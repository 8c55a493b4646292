import { useCallback, useState } from 'react';
import type { Ticket } from '../../../src-main/api/channels/tickets';
import { useApi } from '../../api/api-context';
import { useTicketChanges } from '../tickets/useTicketChanges';

/** Today's tickets in calling order, refreshed whenever any ticket changes. */
export function useQueue(): { tickets: Ticket[] | null; reload(): void } {
  const api = useApi();
  const [tickets, setTickets] = useState<Ticket[] | null>(null);
  const reload = useCallback(() => {
    api.call('ticket.queue', {}).then(setTickets, () => undefined);
  }, [api]);
  useTicketChanges(reload);
  return { tickets, reload };
}
