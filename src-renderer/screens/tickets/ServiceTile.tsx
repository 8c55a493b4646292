import { useTranslation } from 'react-i18next';
import type { ServiceSummary } from '../../../src-main/api/channels/tickets';
import { counterList, opensAtText, serviceName } from './service-text';

/**
 * One queue as a large button: its letter (what will be called), its name and a line of what it
 * covers, how many wait, and, when it is closed, when it opens again. `honourHours` is false for
 * staff, who may issue outside opening hours.
 */
export function ServiceTile({
  service,
  onPress,
  busy,
  disabled,
  honourHours = true,
  featured = false,
  onClosedPress,
}: {
  service: ServiceSummary;
  onPress(): void;
  /** A tap on a closed queue: the screen says when it opens (a closed tile is never a dead button). */
  onClosedPress?(): void;
  busy: boolean;
  disabled: boolean;
  honourHours?: boolean;
  featured?: boolean;
}) {
  const { t, i18n } = useTranslation('tickets');
  const closed = honourHours && !service.open;
  const hint = serviceName(service.hints, i18n.language);
  return (
    <button
      type="button"
      className={`service-tile${closed ? ' service-tile--closed' : ''}${featured ? ' service-tile--featured' : ''}`}
      onClick={closed ? onClosedPress : onPress}
      disabled={disabled}
      // Not disabled: a tap on a closed queue is answered with when it opens (the tile's text says closed).
      data-closed={closed || undefined}
      aria-busy={busy}
      data-testid={`service-${service.id}`}
    >
      <span className="service-tile__prefix" aria-hidden="true">
        {service.prefix}
      </span>
      <span className="service-tile__body">
        <span className="service-tile__name">{serviceName(service.names, i18n.language)}</span>
        {hint ? <span className="service-tile__hint">{hint}</span> : null}
        <span className="service-tile__meta">
          {closed ? (
            <strong className="service-tile__closed">
              {t('services.closed')} ·{' '}
              {service.opensAt ? t('services.opensAt', { when: opensAtText(service.opensAt, i18n.language) }) : t('services.neverOpen')}
            </strong>
          ) : (
            <>
              <span>{t('services.waiting', { count: service.waiting })}</span>
              <span>{t('services.counters', { list: counterList(service.counters, i18n.language) })}</span>
            </>
          )}
        </span>
        {busy ? <span className="service-tile__busy">{t('services.issuing')}</span> : null}
      </span>
    </button>
  );
}
