import { useTranslation } from 'react-i18next';
import { ListenButton } from '../../components/aloud/ListenButton';
import { RatingPrompt } from '../../components/rating/RatingPrompt';
import { ScreenFrame } from '../../components/ScreenFrame';
import { TouchButton } from '../../components/TouchButton';
import { type ScreenParams, useNavigation } from '../../stores/navigation-store';
import { issuedTicket } from './issued-handoff';
import { PrintStatus } from './PrintStatus';
import { TicketCard } from './TicketCard';
import { TicketQr } from './TicketQr';
import { useTicket } from './useTicket';
import './ticket-screens';
import './tickets.css';

/** The citizen's ticket: the number, who is ahead, what the printer did, and the QR to follow the queue. */
export function IssuedScreen({ params }: { params: ScreenParams['ticket.issued'] }) {
  const { t } = useTranslation('tickets');
  const home = useNavigation((s) => s.home);
  const go = useNavigation((s) => s.go);
  const { ticket, error } = useTicket(params, issuedTicket('ticketId' in params ? params.ticketId : undefined));
  return (
    <ScreenFrame title={ticket || !error ? t('issued.title') : t('issued.lookupTitle')} testId="screen-ticket-issued">
      {ticket ? (
        <div className="ticket-issued">
          <TicketCard ticket={ticket} />
          <div className="ticket-issued__side">
            {ticket.status === 'waiting' ? (
              <>
                {/* Printed by another kiosk of the hall: this one has no paper of it to tell about. */}
                {ticket.issuedElsewhere ? null : <PrintStatus print={ticket.print} />}
                <ListenButton
                  reading={{
                    kind: 'ticket',
                    number: ticket.number,
                    priority: ticket.priority,
                    status: ticket.status,
                    counters: ticket.counters,
                    waitingAhead: ticket.standingUnknown ? null : ticket.waitingAhead,
                  }}
                />
                {ticket.statusUrl ? <TicketQr data={ticket.statusUrl} label={t('issued.qr')} /> : null}
              </>
            ) : null}
            {/* Asked once the ticket was served: the visit is over and there is something to rate
                (its QR scanned at a kiosk on the way out, docs/ux.md), never while the citizen waits.
                A closed ticket's paper, reading and QR no longer matter: the rating comes first. */}
            {ticket.status === 'served' ? <RatingPrompt flow="ticket" /> : null}
            <TouchButton variant="primary" size="large" icon="check" onClick={home} data-testid="ticket-done">
              {t('issued.done')}
            </TouchButton>
          </div>
        </div>
      ) : (
        <>
          <p className="lead" role="status" data-testid="ticket-lookup-answer" data-error={error ?? undefined}>
            {error === 'not-found'
              ? t('errors.notFound')
              : error === 'other-hall'
                ? t('errors.otherHall')
                : error === 'conflict'
                  ? t('errors.otherKiosk')
                  : error === 'unavailable'
                    ? t('errors.hostAway')
                    : t('issued.loading')}
          </p>
          {/* A number this kiosk cannot tell about is no dead end: a new number, or back home. */}
          {error ? (
            <div className="ticket-issued__actions">
              <TouchButton size="large" icon="ticket" onClick={() => go('ticket.services', {})} data-testid="ticket-new">
                {t('issued.newTicket')}
              </TouchButton>
              <TouchButton variant="primary" size="large" icon="check" onClick={home} data-testid="ticket-done">
                {t('issued.done')}
              </TouchButton>
            </div>
          ) : null}
        </>
      )}
    </ScreenFrame>
  );
}
