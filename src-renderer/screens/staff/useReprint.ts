import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../src-main/api/channels/tickets';
import { useApi } from '../../api/api-context';
import { ticketLanguage } from '../tickets/service-text';

/** Reprints a ticket and says in one line what the printer did with it. */
export function useReprint() {
  const api = useApi();
  const { t, i18n } = useTranslation('staff');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const reprint = async (ticket: Ticket) => {
    if (busy) return;
    setBusy(true);
    try {
      const after = await api.call('ticket.reprint', { ticketId: ticket.id, language: ticketLanguage(i18n.language) });
      const number = after.number;
      switch (after.print.state) {
        case 'printed':
          setMessage(t('queue.reprinted', { number }));
          break;
        case 'pending':
          setMessage(t('queue.reprinting', { number }));
          break;
        case 'queued':
        case 'failed':
          setMessage(t('queue.reprintProblem', { number, reason: t(`print.reason.${after.print.reason ?? 'error'}`) }));
          break;
        default: {
          const unhandled: never = after.print.state;
          throw new Error(`unhandled print state ${String(unhandled)}`);
        }
      }
    } catch {
      setMessage(t('queue.failed'));
    } finally {
      setBusy(false);
    }
  };
  return { reprint, busy, message };
}
