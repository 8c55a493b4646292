import { useTranslation } from 'react-i18next';
import { wallTime } from '../../../src-main/api/center-clock';
import type { Ticket } from '../../../src-main/api/channels/tickets';
import { TouchButton } from '../../components/TouchButton';
import { serviceName } from '../tickets/service-text';
import { PrintBadge } from './PrintBadge';

/** One ticket in the desk's list: who it is, where its paper is, and what the officer can do with it. */
export function QueueRow({
  ticket,
  showService,
  busy,
  onMark,
  onReprint,
}: {
  ticket: Ticket;
  showService: boolean;
  busy: boolean;
  onMark(status: 'served' | 'no-show'): void;
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
        {ticket.status !== 'served' ? (
          <TouchButton variant="primary" disabled={busy} onClick={() => onMark('served')} data-testid="queue-served">
            {t('queue.served')}
          </TouchButton>
        ) : null}
        {ticket.status === 'waiting' ? (
          <TouchButton disabled={busy} onClick={() => onMark('no-show')} data-testid="queue-no-show">
            {t('queue.noShow')}
          </TouchButton>
        ) : null}
        <TouchButton icon="printer" disabled={busy} onClick={onReprint} data-testid="queue-reprint">
          {t('queue.reprint')}
        </TouchButton>
      </span>
    </li>
  );
}
