import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../../components/ScreenFrame';
import { TouchButton } from '../../components/TouchButton';
import { type ScreenParams, useNavigation } from '../../stores/navigation-store';
import { TicketCard } from '../tickets/TicketCard';
import { useTicket } from '../tickets/useTicket';
import { PrintBadge } from './PrintBadge';
import { StaffGate } from './StaffGate';
import { useReprint } from './useReprint';
import './staff-screens';
import './staff.css';

export function StaffTicketScreen({ params }: { params: ScreenParams['staff.ticket'] }) {
  return (
    <StaffGate here={{ screen: 'staff.ticket', params }}>
      <StaffTicket ticketId={params.ticketId} />
    </StaffGate>
  );
}

/** The number just issued at the desk: read it out, hand the paper over, or reprint it. */
function StaffTicket({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation('staff');
  const nav = useNavigation();
  const { ticket } = useTicket({ ticketId });
  const { reprint, busy, message } = useReprint();
  if (!ticket) return <ScreenFrame title={t('ticket.title')}>{null}</ScreenFrame>;
  return (
    <ScreenFrame title={t('ticket.title')} testId="screen-staff-ticket">
      <div className="ticket-issued">
        <TicketCard ticket={ticket} />
        <div className="ticket-issued__side">
          <p className="staff-print">
            <PrintBadge print={ticket.print} />
          </p>
          {message ? (
            <p className="staff-message" role="status" data-testid="staff-message">
              {message}
            </p>
          ) : null}
          <TouchButton
            variant="primary"
            size="large"
            icon="printer"
            disabled={busy}
            onClick={() => void reprint(ticket)}
            data-testid="staff-reprint"
          >
            {t('ticket.reprint')}
          </TouchButton>
          <TouchButton size="large" icon="ticket" onClick={() => nav.back()} data-testid="staff-another">
            {t('ticket.another')}
          </TouchButton>
          <TouchButton
            size="large"
            icon="people"
            onClick={() => nav.replace('staff.queue', { serviceId: ticket.serviceId })}
            data-testid="staff-to-queue"
          >
            {t('ticket.queue')}
          </TouchButton>
        </div>
      </div>
    </ScreenFrame>
  );
}
