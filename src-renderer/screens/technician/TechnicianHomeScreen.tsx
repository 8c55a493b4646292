import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { Tile } from '../../components/Tile';
import { TouchButton } from '../../components/TouchButton';
import { useKiosk } from '../../stores/kiosk-store';
import { useNavigation } from '../../stores/navigation-store';
import { StoragePanel } from './StoragePanel';
import { TechIcon } from './TechIcon';
import { TechnicianFrame } from './TechnicianFrame';
import { techMenu } from './tech-menu';

/** The technician's start: one tile per task, the kiosk's identity, and the way out. */
export function TechnicianHomeScreen() {
  const { t } = useTranslation('technician');
  const api = useApi();
  const info = useKiosk((s) => s.info);

  const leave = () => {
    useKiosk.getState().setRole('citizen');
    api.call('auth.logout', {}).catch(() => undefined);
    useNavigation.getState().home();
  };

  return (
    <TechnicianFrame title={t('home.title')} testId="screen-technician-home">
      <p className="lead tech__identity" data-testid="tech-identity">
        {info ? t('home.identity', { kioskId: info.kioskId, version: info.appVersion, shell: info.shell }) : null}
      </p>
      <StoragePanel />
      <div className="tile-grid tech__menu">
        {techMenu.map((entry) => (
          <Tile
            key={entry.id}
            testId={`tech-menu-${entry.id}`}
            title={t(`menu.${entry.id}.title`)}
            subtitle={t(`menu.${entry.id}.subtitle`)}
            icon={<TechIcon name={entry.icon} size={56} />}
            onPress={() => useNavigation.getState().go(entry.screen, {} as never)}
          />
        ))}
      </div>
      <div className="tech__actions">
        <TouchButton variant="danger" size="large" onClick={leave} data-testid="tech-leave">
          {t('home.leave')}
        </TouchButton>
      </div>
    </TechnicianFrame>
  );
}
