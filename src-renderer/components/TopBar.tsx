import { useTranslation } from 'react-i18next';
import { useKiosk } from '../stores/kiosk-store';
import { useNavigation } from '../stores/navigation-store';
import { Icon } from './Icon';
import { TouchButton } from './TouchButton';

/** Home, Back and Language are always in the same place, whatever screen a citizen is lost in. */
export function TopBar() {
  const { t } = useTranslation();
  const depth = useNavigation((s) => s.stack.length);
  const { back, home, go } = useNavigation.getState();
  const connected = useKiosk((s) => s.connected);
  const centerName = useKiosk((s) => s.info?.centerName ?? '');
  return (
    <header className="top-bar">
      <nav className="top-bar__nav" aria-label={t('nav.label')}>
        <TouchButton icon="home" onClick={home} data-testid="nav-home">
          {t('nav.home')}
        </TouchButton>
        <TouchButton icon="back" onClick={back} disabled={depth <= 1} data-testid="nav-back" className="flip-rtl">
          {t('nav.back')}
        </TouchButton>
      </nav>
      <div className="top-bar__center" title={centerName}>
        {centerName}
      </div>
      <div className="top-bar__tools">
        <span className={`status-dot ${connected ? 'status-dot--ok' : 'status-dot--down'}`} role="status">
          <Icon name={connected ? 'wifi' : 'wifiOff'} size={28} />
          <span className="visually-hidden">{connected ? t('status.connected') : t('status.disconnected')}</span>
        </span>
        <TouchButton icon="globe" onClick={() => go('language', {})} data-testid="nav-language">
          {t('nav.language')}
        </TouchButton>
      </div>
    </header>
  );
}
