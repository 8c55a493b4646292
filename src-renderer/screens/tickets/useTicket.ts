import { useCallback, useEffect, useRef, useState } from 'react';
import type { Ticket } from '../../../src-main/api/channels/tickets';
import type { ErrorCode } from '../../../src-main/api/errors';
import { useApi } from '../../api/api-context';
import { ApiCallError } from '../../api/api-error';

/**
 * One ticket kept current: fetched once, then again whenever a ticket of its queue changes (a
 * number called ahead of it, its paper finally printed) or the connection comes back.
 */
export function useTicket(ticketId: string): { ticket: Ticket | null; error: ErrorCode | null; reload(): void } {
  const api = useApi();
  const [ticket, setTicket] = useState<Ticket | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const serviceRef = useRef<string | null>(null);
  const live = useRef(true);

  const reload = useCallback(() => {
    api.call('ticket.get', { ticketId }).then(
      (t) => {
        if (!live.current) return;
        serviceRef.current = t.serviceId;
        setTicket(t);
        setError(null);
      },
      (e: unknown) => {
        if (live.current) setError(e instanceof ApiCallError ? e.code : 'internal');
      },
    );
  }, [api, ticketId]);

  useEffect(() => {
    live.current = true;
    reload();
    const stopChanged = api.on('ticket.onChanged', (p) => {
      if (p.ticketId === ticketId || p.serviceId === serviceRef.current) reload();
    });
    const stopConn = api.onConnectionChange((connected) => {
      if (connected) reload();
    });
    return () => {
      live.current = false;
      stopChanged();
      stopConn();
    };
  }, [api, ticketId, reload]);

  return { ticket, error, reload };
}
