import { useTranslation } from 'react-i18next';
import { useEndSession } from '../../session/end-session';
import { useA11y } from '../../stores/a11y-store';
import { Modal } from '../Modal';
import { TouchButton } from '../TouchButton';
import { useScreenHelp } from './screen-help';

const TIPS = ['touch', 'back', 'home', 'keyboard', 'privacy'] as const;

/**
 * Help from anywhere: what to do on this screen, how the kiosk works, the display aids (larger
 * text, high contrast), and a way to wipe one's visit before walking away.
 */
export function HelpDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const screenHelp = useScreenHelp((s) => s.text);
  const { highContrast, largeText, setHighContrast, setLargeText } = useA11y();
  const endSession = useEndSession();
  // Each display aid is on or off: filled, with a check mark, while on, so its state shows at a glance.
  const aids = [
    { id: 'large-text', on: largeText, set: setLargeText, icon: 'textSize', label: t('help.largeText') },
    { id: 'high-contrast', on: highContrast, set: setHighContrast, icon: 'contrast', label: t('help.highContrast') },
  ] as const;
  return (
    <Modal title={t('help.title')} onClose={onClose} testId="help-dialog" size="wide">
      {screenHelp ? <p className="help__screen">{screenHelp}</p> : null}
      <ul className="help__tips">
        {TIPS.map((tip) => (
          <li key={tip}>{t(`help.tips.${tip}`)}</li>
        ))}
      </ul>
      <h3 className="help__heading">{t('help.display')}</h3>
      <div className="help__toggles">
        {aids.map((aid) => (
          <TouchButton
            key={aid.id}
            variant={aid.on ? 'primary' : 'secondary'}
            size="large"
            aria-pressed={aid.on}
            onClick={() => aid.set(!aid.on)}
            data-testid={`toggle-${aid.id}`}
            icon={aid.on ? 'check' : aid.icon}
          >
            {aid.label}
          </TouchButton>
        ))}
      </div>
      <p className="help__staff">{t('help.askStaff')}</p>
      <div className="modal__actions">
        <TouchButton variant="primary" size="large" onClick={onClose} data-testid="help-close">
          {t('help.close')}
        </TouchButton>
        <TouchButton
          variant="danger"
          size="large"
          icon="logout"
          onClick={() => {
            onClose();
            endSession('user');
          }}
          data-testid="help-end-session"
        >
          {t('help.endSession')}
        </TouchButton>
      </div>
    </Modal>
  );
}
