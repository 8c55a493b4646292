import { useTranslation } from 'react-i18next';
import type { LocalDossierState } from '../../../src-main/api/channels/dossiers';
import { Icon } from '../../components/Icon';

/** Where the dossier is on this kiosk's side, in words and colour, updated live. */
export function StateBadge({ state }: { state: LocalDossierState }) {
  const { t } = useTranslation('dossiers');
  const icon = state === 'sent' ? 'check' : state === 'failed' ? 'alert' : 'wifiOff';
  return (
    <div className={`dossier-state dossier-state--${state}`} role="status" data-testid="dossier-state" data-state={state}>
      <Icon name={icon} size={36} />
      <div>
        <p className="dossier-state__title">{t(`state.${state}.title`)}</p>
        <p className="dossier-state__detail">{t(`state.${state}.detail`)}</p>
      </div>
    </div>
  );
}
