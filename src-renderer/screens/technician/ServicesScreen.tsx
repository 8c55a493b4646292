import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceConfig } from '../../../src-main/api/channels/tickets';
import { useApi } from '../../api/api-context';
import { ApiCallError } from '../../api/api-error';
import { TouchButton } from '../../components/TouchButton';
import { useNavigation } from '../../stores/navigation-store';
import { TechnicianFrame } from './TechnicianFrame';
import { usePolling } from './usePolling';

/** The queues the kiosk hands out numbers for; edited through the Tickets feature's channels. */
export function ServicesScreen() {
  const { t, i18n } = useTranslation('technician');
  const api = useApi();
  const load = useCallback(() => api.call('ticket.services.list', {}), [api]);
  const { value: services, failed, refresh } = usePolling(load, 60_000);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const lang = i18n.language as 'vi' | 'en' | 'ar' | 'pl';

  const act = async (work: () => Promise<unknown>, ok: string) => {
    try {
      await work();
      setMessage({ ok: true, text: ok });
    } catch (err) {
      setMessage({ ok: false, text: err instanceof ApiCallError ? err.message : t('common.failed') });
    }
    refresh();
  };

  const toggle = (s: ServiceConfig) =>
    act(
      () => api.call('ticket.services.save', { ...s, active: !s.active }),
      s.active ? t('services.deactivated') : t('services.activated'),
    );

  return (
    <TechnicianFrame title={t('services.title')} testId="screen-technician-services">
      <p className="tech__field-hint">{t('services.lead')}</p>
      <div className="tech__actions">
        <TouchButton variant="primary" onClick={() => useNavigation.getState().go('technician.service', {})} data-testid="services-add">
          {t('services.add')}
        </TouchButton>
      </div>
      {failed ? <p className="tech__error">{t('common.failed')}</p> : null}
      {message ? (
        <p className={message.ok ? 'tech__ok' : 'tech__error'} role="status" data-testid="services-message">
          {message.text}
        </p>
      ) : null}
      {services && services.length === 0 ? <p>{t('services.none')}</p> : null}
      <ul className="tech__list">
        {(services ?? []).map((s) => (
          <li key={s.id} className={`tech__row${s.active ? '' : ' tech__row--off'}`} data-testid={`service-${s.id}`}>
            <span className="tech-prefix" aria-hidden>
              {s.prefix}
            </span>
            <div className="tech__row-main">
              <p className="tech__row-title">{s.names[lang] ?? s.names.en}</p>
              <p className="tech__row-detail">
                {t('services.counters', { list: s.counters.join(', ') })} · {s.active ? t('services.active') : t('services.inactive')}
              </p>
            </div>
            <div className="tech__row-actions">
              <TouchButton
                onClick={() => useNavigation.getState().go('technician.service', { id: s.id })}
                data-testid={`service-edit-${s.id}`}
              >
                {t('services.edit')}
              </TouchButton>
              <TouchButton onClick={() => void toggle(s)} data-testid={`service-toggle-${s.id}`}>
                {s.active ? t('services.deactivate') : t('services.activate')}
              </TouchButton>
              <TouchButton
                variant="ghost"
                onClick={() => void act(() => api.call('ticket.services.remove', { id: s.id }), t('services.removed'))}
                data-testid={`service-remove-${s.id}`}
              >
                {t('services.remove')}
              </TouchButton>
            </div>
          </li>
        ))}
      </ul>
    </TechnicianFrame>
  );
}
