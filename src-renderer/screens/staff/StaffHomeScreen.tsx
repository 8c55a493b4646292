import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceSummary } from '../../../src-main/api/channels/tickets';
import { useApi } from '../../api/api-context';
import { ScreenFrame } from '../../components/ScreenFrame';
import { TouchButton } from '../../components/TouchButton';
import { useNavigation } from '../../stores/navigation-store';
import { PriorityToggle } from '../tickets/PriorityToggle';
import { ServiceTile } from '../tickets/ServiceTile';
import { ticketLanguage } from '../tickets/service-text';
import { useServices } from '../tickets/useServices';
import { StaffGate } from './StaffGate';
import { useLogout } from './useLogout';
import './staff-screens';
import './staff.css';

export function StaffHomeScreen() {
  return (
    <StaffGate here={{ screen: 'staff.home', params: {} }}>
      <StaffHome />
    </StaffGate>
  );
}

/** The desk console: a number for the person in front of the officer, with priority when due. */
function StaffHome() {
  const { t, i18n } = useTranslation('staff');
  const api = useApi();
  const go = useNavigation((s) => s.go);
  const logout = useLogout();
  const { services } = useServices();
  const [priority, setPriority] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState(false);

  const issue = async (service: ServiceSummary) => {
    if (busy) return;
    setBusy(service.id);
    setError(false);
    try {
      const ticket = await api.call('ticket.issue', { serviceId: service.id, priority, language: ticketLanguage(i18n.language) });
      setPriority(false);
      go('staff.ticket', { ticketId: ticket.id });
    } catch {
      setError(true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <ScreenFrame title={t('home.title')} testId="screen-staff-home">
      <p className="lead">{t('home.lead')}</p>
      <div className="staff-actions">
        <TouchButton variant="primary" icon="people" onClick={() => go('staff.queue', {})} data-testid="staff-open-queue">
          {t('home.queue')}
        </TouchButton>
        <TouchButton onClick={() => go('staff.stats', {})} data-testid="staff-open-stats">
          {t('home.stats')}
        </TouchButton>
        <TouchButton onClick={() => void logout()} data-testid="staff-logout">
          {t('home.logout')}
        </TouchButton>
      </div>
      <h2 className="staff-section-title">{t('home.issue')}</h2>
      <PriorityToggle on={priority} onChange={setPriority} disabled={busy !== null} label={t('home.priority')} />
      {error ? (
        <p className="ticket-error" role="alert">
          {t('queue.failed')}
        </p>
      ) : null}
      <div className="service-grid">
        {(services ?? []).map((s) => (
          <ServiceTile
            key={s.id}
            service={s}
            honourHours={false}
            busy={busy === s.id}
            disabled={busy !== null}
            onPress={() => void issue(s)}
          />
        ))}
      </div>
    </ScreenFrame>
  );
}
