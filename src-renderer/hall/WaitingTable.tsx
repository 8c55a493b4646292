import { useTranslation } from 'react-i18next';
import type { ServiceWaiting } from '../../src-main/api/hall';
import { waitMinutes } from './format-wait';

/** The service's name in the page's language (Vietnamese for any language without one). */
export function serviceName(s: Pick<ServiceWaiting, 'names'>, language: string): string {
  return language === 'en' ? s.names.en : s.names.vi;
}

/** Waiting count and longest wait per service, for the counter console and the hall display. */
export function WaitingTable({ services, className }: Readonly<{ services: readonly ServiceWaiting[]; className: string }>) {
  const { t, i18n } = useTranslation('hall');
  return (
    <table className={className} data-testid="waiting-table">
      <thead>
        <tr>
          <th scope="col">{t('counter.service')}</th>
          <th scope="col">{t('counter.waiting')}</th>
          <th scope="col">{t('counter.longest')}</th>
        </tr>
      </thead>
      <tbody>
        {services.map((s) => {
          const minutes = waitMinutes(s.longestWaitSec);
          return (
            <tr key={s.serviceId} data-service={s.serviceId}>
              <th scope="row">
                <span className="hall-letter">{s.prefix}</span> {serviceName(s, i18n.language)}
              </th>
              <td>{s.waiting}</td>
              <td>{minutes === null ? '—' : t('counter.minutes', { count: minutes })}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
