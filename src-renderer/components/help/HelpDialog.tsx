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
        <TouchButton
          variant={largeText ? 'primary' : 'secondary'}
          size="large"
          aria-pressed={largeText}
          onClick={() => setLargeText(!largeText)}
          data-testid="toggle-large-text"
          icon={largeText ? 'check' : 'textSize'}
        >
          {t('help.largeText')}
        </TouchButton>
        <TouchButton
          variant={highContrast ? 'primary' : 'secondary'}
          size="large"
          aria-pressed={highContrast}
          onClick={() => setHighContrast(!highContrast)}
          data-testid="toggle-high-contrast"
          icon={highContrast ? 'check' : 'contrast'}
        >
          {t('help.highContrast')}
        </TouchButton>
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
