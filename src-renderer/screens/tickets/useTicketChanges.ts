import { useEffect } from 'react';
import { useApi } from '../../api/api-context';

/** Calls `reload` now, whenever any ticket changes, and when the link to main comes back (events may have been missed). */
export function useTicketChanges(reload: () => void): void {
  const api = useApi();
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
}
