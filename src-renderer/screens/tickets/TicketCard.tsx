import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../src-main/api/channels/tickets';
import { Icon } from '../../components/Icon';
import { counterList, serviceName } from './service-text';

/** "About 15 minutes", or hours and minutes from an hour on: docs/hall.md, "Estimated wait". */
function estimateText(t: TFunction<'tickets'>, minutes: number): string {
  if (minutes < 60) return t('issued.estimate', { count: minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? t('issued.estimateHours', { hours }) : t('issued.estimateLong', { hours, minutes: rest });
}

/** The number as large as the screen allows, so it can be read from afar and photographed. */
export function TicketCard({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation('tickets');
  return (
    <div className="ticket-card" data-testid="ticket-card">
      <p className="ticket-card__label">{t('issued.numberLabel')}</p>
      <p className="ticket-card__number" data-testid="ticket-number" lang="en" dir="ltr">
        {ticket.number}
      </p>
      {ticket.priority ? (
        <p className="ticket-card__priority" data-testid="ticket-priority">
          {t('priority.badge')}
        </p>
      ) : null}
      <p className="ticket-card__service">{serviceName(ticket.names, i18n.language)}</p>
      {ticket.status === 'waiting' ? (
        <>
          <p className="ticket-card__where">{t('issued.goTo', { list: counterList(ticket.counters, i18n.language) })}</p>
          {ticket.standingUnknown ? (
            // A hall member without word from its host: a count it made up would mislead.
            <p className="ticket-card__estimate" data-testid="ticket-standing-unknown">
              {t('issued.unknownStanding')}
            </p>
          ) : (
            <p className="ticket-card__ahead" data-testid="ticket-ahead">
              <Icon name="people" size={40} />
              <span>{t('issued.ahead', { count: ticket.waitingAhead })}</span>
            </p>
          )}
          {ticket.estimatedWaitMin !== null ? (
            <p className="ticket-card__estimate" data-testid="ticket-estimate">
              {estimateText(t, ticket.estimatedWaitMin)}
            </p>
          ) : null}
        </>
      ) : (
        <p className="ticket-card__closed">{ticket.status === 'served' ? t('issued.served') : t('issued.noShow')}</p>
      )}
    </div>
  );
}
