import { useTranslation } from 'react-i18next';
import { wallTime } from '../../../src-main/api/center-clock';
import type { Ticket } from '../../../src-main/api/channels/tickets';
import { TouchButton } from '../../components/TouchButton';
import { serviceName } from '../tickets/service-text';
import { PrintBadge } from './PrintBadge';

/**
 * One ticket in the kiosk's list: its number, where its paper is, and a reprint. Calling and
 * closing a ticket is the counter console's work (docs/hall.md), not the kiosk's.
 */
export function QueueRow({
  ticket,
  showService,
  busy,
  onReprint,
}: {
  ticket: Ticket;
  showService: boolean;
  busy: boolean;
  onReprint(): void;
}) {
  const { t, i18n } = useTranslation('staff');
  const { t: tt } = useTranslation('tickets');
  return (
    <li className={`queue-row queue-row--${ticket.status}`} data-testid={`queue-row-${ticket.number}`}>
      <span className="queue-row__number" lang="en" dir="ltr">
        {ticket.number}
      </span>
      <span className="queue-row__info">
        <span className="queue-row__line">
          {ticket.priority ? <span className="queue-row__priority">{tt('priority.badge')}</span> : null}
          <span className={`queue-row__status queue-row__status--${ticket.status}`} data-testid="queue-row-status">
            {t(`queue.status.${ticket.status}`)}
          </span>
          {showService ? <span className="queue-row__service">{serviceName(ticket.names, i18n.language)}</span> : null}
        </span>
        <span className="queue-row__line queue-row__meta">
          <span>{t('queue.issuedAt', { time: wallTime(ticket.issuedAt) })}</span>
          <span>{t(`queue.source.${ticket.source}`)}</span>
          <PrintBadge print={ticket.print} />
        </span>
      </span>
      <span className="queue-row__actions">
        <TouchButton icon="printer" disabled={busy} onClick={onReprint} data-testid="queue-reprint">
          {t('queue.reprint')}
        </TouchButton>
      </span>
    </li>
  );
}
