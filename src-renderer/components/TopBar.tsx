import { useTranslation } from 'react-i18next';
import { formatTime } from '../../src-main/api/center-clock';
import { useClock } from '../hooks/useClock';
import { useKiosk } from '../stores/kiosk-store';
import { Icon } from './Icon';

/**
 * The top bar's one connection sign. It tells the link to the center as the kiosk's last contact
 * found it (sync or health check), not the network card: a kiosk on Wi-Fi whose center does not
 * answer says so. Losing the kiosk service itself (the web shell's bridge) outranks it.
 */
function ConnectionSign() {
  const { t } = useTranslation();
  const bridge = useKiosk((s) => s.connected);
  const link = useKiosk((s) => s.centerLink);
  const state = bridge ? link : 'service-down';
  const down = state === 'service-down' || state === 'unreachable' || state === 'unconfigured';
  const text =
    state === 'service-down'
      ? t('status.disconnected')
      : state === 'reachable'
        ? t('status.centerReachable')
        : state === 'unknown'
          ? t('status.centerChecking')
          : t('status.centerUnreachable');
  return (
    <span
      className={`status-dot ${down ? 'status-dot--down' : state === 'unknown' ? 'status-dot--unknown' : 'status-dot--ok'}`}
      role="status"
      data-testid="connection-status"
      data-state={state}
    >
      <Icon name={down ? 'wifiOff' : 'wifi'} size={28} />
      <span className={down ? 'status-dot__text' : 'visually-hidden'}>{text}</span>
    </span>
  );
}

/** Which center this is, the time, and whether the center can be reached. */
export function TopBar() {
  const { t, i18n } = useTranslation();
  const now = useClock();
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
      <ConnectionSign />
    </header>
  );
}
