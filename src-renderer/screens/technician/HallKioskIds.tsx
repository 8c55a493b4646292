import { useTranslation } from 'react-i18next';
import type { ListedHallDevice } from '../../../src-main/api/hall';

/**
 * The kiosk ids a paired member kiosk reported (docs/hall.md, "Whose ticket a QR names"): the id its
 * tickets' QR codes print and when it last told the host, so a technician sees which kiosk is which.
 * A member that never told its id (an older version) says so: its tickets cannot be told apart from
 * another hall's until it is updated.
 */
export function HallKioskIds({ device, timeOf }: Readonly<{ device: ListedHallDevice; timeOf: (iso: string) => string }>) {
  const { t } = useTranslation('technician');
  if (device.kind !== 'kiosk') return null;
  if (device.kioskIds.length === 0)
    return (
      <p className="tech__error hall-tech__no-id" data-testid="hall-kiosk-id-missing">
        {t('hall.kioskIdMissing')}
      </p>
    );
  return (
    <ul className="hall-tech__ids" data-testid="hall-kiosk-ids">
      {device.kioskIds.map((k) => (
        <li key={k.kioskId} className="hall-tech__id-row">
          <span className="hall-tech__id-label">{t('hall.kioskId')}</span>{' '}
          <span className="tech__mono hall-tech__id" lang="en">
            {k.kioskId}
          </span>
          <span className="tech__row-detail hall-tech__id-seen">{t('hall.kioskIdSeen', { time: timeOf(k.lastSeenAt) })}</span>
        </li>
      ))}
    </ul>
  );
}
