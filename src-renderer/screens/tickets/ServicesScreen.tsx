import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceSummary } from '../../../src-main/api/channels/tickets';
import { useApi } from '../../api/api-context';
import { ApiCallError } from '../../api/api-error';
import { ScreenFrame } from '../../components/ScreenFrame';
import { type ScreenParams, useNavigation } from '../../stores/navigation-store';
import { handOverIssued } from './issued-handoff';
import { PriorityToggle } from './PriorityToggle';
import { ServiceTile } from './ServiceTile';
import { serviceForField } from './service-for-field';
import { opensAtText, serviceName, ticketLanguage } from './service-text';
import { useServices } from './useServices';
import './ticket-screens';
import './tickets.css';

/**
 * The citizen picks a queue with one touch (after saying, if they wish, that they need
 * priority). Coming from a procedure, its queue stands first and larger.
 */
export function ServicesScreen({ params }: { params: ScreenParams['ticket.services'] }) {
  const { t, i18n } = useTranslation('tickets');
  const api = useApi();
  const replace = useNavigation((s) => s.replace);
  const { services, failed, reload } = useServices();
  const [priority, setPriority] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const [closedNotice, setClosedNotice] = useState<string | null>(null);
  const closedTap = (service: ServiceSummary) => {
    const name = serviceName(service.names, i18n.language);
    setClosedNotice(
      service.opensAt
        ? t('wayfinding:closedService', { name, when: opensAtText(service.opensAt, i18n.language) })
        : t('wayfinding:closedServiceNever', { name }),
    );
  };

  const take = async (service: ServiceSummary) => {
    if (busy) return;
    setClosedNotice(null);
    setBusy(service.id);
    setError(null);
    try {
      const ticket = await api.call('ticket.issue', { serviceId: service.id, priority, language: ticketLanguage(i18n.language) });
      handOverIssued(ticket);
      replace('ticket.issued', { ticketId: ticket.id });
    } catch (e) {
      const code = e instanceof ApiCallError ? e.code : null;
      setError(code === 'storage-full' ? t('common:storage.full') : code === 'unavailable' ? t('errors.closed') : t('errors.issue'));
      setBusy(null);
      reload();
    }
  };

  const featured =
    services?.find((s) => s.id === params.serviceId) ?? (services && params.fieldId ? serviceForField(services, params.fieldId) : null);
  const others = services?.filter((s) => s !== featured) ?? [];
  return (
    <ScreenFrame title={t('services.title')} testId="screen-ticket-services">
      <p className="lead">{t('services.lead')}</p>
      <PriorityToggle on={priority} onChange={setPriority} disabled={busy !== null} />
      {error ? (
        <p className="ticket-error" role="alert" data-testid="ticket-error">
          {error}
        </p>
      ) : null}
      {closedNotice ? (
        <p className="ticket-closed-notice" role="status" data-testid="ticket-closed-notice">
          {closedNotice}
        </p>
      ) : null}
      {services === null ? (
        <p className="lead" role="status">
          {failed ? t('errors.issue') : t('services.loading')}
        </p>
      ) : services.length === 0 ? (
        <p className="lead">{t('services.empty')}</p>
      ) : (
        <>
          {featured ? (
            <section className="ticket-section" aria-labelledby="ticket-suggested">
              <h2 id="ticket-suggested" className="ticket-section__title">
                {t('services.suggested')}
              </h2>
              <ServiceTile
                service={featured}
                featured
                busy={busy === featured.id}
                disabled={busy !== null}
                onPress={() => void take(featured)}
                onClosedPress={() => closedTap(featured)}
              />
              <h2 className="ticket-section__title">{t('services.others')}</h2>
            </section>
          ) : null}
          <div className="service-grid" data-testid="service-grid">
            {others.map((s) => (
              <ServiceTile
                key={s.id}
                service={s}
                busy={busy === s.id}
                disabled={busy !== null}
                onPress={() => void take(s)}
                onClosedPress={() => closedTap(s)}
              />
            ))}
          </div>
        </>
      )}
    </ScreenFrame>
  );
}
