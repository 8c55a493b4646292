import { useCallback, useEffect, useState } from 'react';
import type { ServiceSummary } from '../../../src-main/api/channels/tickets';
import { useApi } from '../../api/api-context';
import { useTicketChanges } from './useTicketChanges';

/** Active services with their waiting counts, refreshed as tickets come and go. */
export function useServices(): { services: ServiceSummary[] | null; failed: boolean; reload(): void } {
  const api = useApi();
  const [services, setServices] = useState<ServiceSummary[] | null>(null);
  const [failed, setFailed] = useState(false);
  const reload = useCallback(() => {
    api.call('ticket.available', {}).then(
      (list) => {
        setServices(list);
        setFailed(false);
      },
      () => setFailed(true),
    );
  }, [api]);
  useTicketChanges(reload);
  // Opening and closing happen on the clock, not on an event.
  useEffect(() => {
    const timer = setInterval(reload, 60_000);
    return () => clearInterval(timer);
  }, [reload]);
  return { services, failed, reload };
}
