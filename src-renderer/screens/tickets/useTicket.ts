import { useCallback, useEffect, useRef, useState } from 'react';
import type { Ticket } from '../../../src-main/api/channels/tickets';
import type { ErrorCode } from '../../../src-main/api/errors';
import { useApi } from '../../api/api-context';
import { ApiCallError } from '../../api/api-error';

/**
 * One ticket kept current: fetched once, then again whenever a ticket of its queue changes (a
 * number called ahead of it, its paper finally printed) or the connection comes back.
 */
export type TicketKey = { ticketId: string } | { ref: { kiosk: string; day: string; number: string } };

export function useTicket(key: TicketKey, seed: Ticket | null = null): { ticket: Ticket | null; error: ErrorCode | null; reload(): void } {
  const api = useApi();
  // One string per ticket, so a new object for the same ticket does not fetch again.
  const keyText = JSON.stringify(key);
  const ticketIdRef = useRef<string | null>('ticketId' in key ? key.ticketId : null);
  // A ticket already in hand (just issued) is drawn at once; the fetch below keeps it current.
  const [ticket, setTicket] = useState<Ticket | null>(seed);
  const [error, setError] = useState<ErrorCode | null>(null);
  const serviceRef = useRef<string | null>(seed?.serviceId ?? null);
  const live = useRef(true);

  const reload = useCallback(() => {
    const k = JSON.parse(keyText) as TicketKey;
    ('ticketId' in k ? api.call('ticket.get', { ticketId: k.ticketId }) : api.call('ticket.lookup', k.ref)).then(
      (t) => {
        if (!live.current) return;
        serviceRef.current = t.serviceId;
        ticketIdRef.current = t.id;
        setTicket(t);
        setError(null);
      },
      (e: unknown) => {
        if (live.current) setError(e instanceof ApiCallError ? e.code : 'internal');
      },
    );
  }, [api, keyText]);

  useEffect(() => {
    live.current = true;
    reload();
    const stopChanged = api.on('ticket.onChanged', (p) => {
      if (p.ticketId === ticketIdRef.current || p.serviceId === serviceRef.current) reload();
    });
    const stopConn = api.onConnectionChange((connected) => {
      if (connected) reload();
    });
    return () => {
      live.current = false;
      stopChanged();
      stopConn();
    };
  }, [api, reload]);

  return { ticket, error, reload };
}
