import { useTranslation } from 'react-i18next';
import { formatTime } from '../../src-main/api/center-clock';
import { useClock } from '../hooks/useClock';
import { useKiosk } from '../stores/kiosk-store';
import { Icon } from './Icon';

/** Which center this is, the time, and whether the kiosk service answers. */
export function TopBar() {
  const { t, i18n } = useTranslation();
  const now = useClock();
  const connected = useKiosk((s) => s.connected);
  const centerName = useKiosk((s) => s.info?.centerName) ?? t('home.centerFallback');
  return (
    <header className="top-bar">
      <span className="top-bar__emblem" aria-hidden="true">
        <Icon name="building" size={40} />
      </span>
      <p className="top-bar__center" data-testid="center-name">
        <bdi>{centerName}</bdi>
      </p>
      <time className="top-bar__time" dateTime={now.toISOString()}>
        {formatTime(now, i18n.language)}
      </time>
      <span className={`status-dot ${connected ? 'status-dot--ok' : 'status-dot--down'}`} role="status" data-testid="connection-status">
        <Icon name={connected ? 'wifi' : 'wifiOff'} size={28} />
        {connected ? (
          <span className="visually-hidden">{t('status.connected')}</span>
        ) : (
          <span className="status-dot__text">{t('status.disconnected')}</span>
        )}
      </span>
    </header>
  );
}
