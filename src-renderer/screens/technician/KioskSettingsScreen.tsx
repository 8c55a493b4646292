import { useTranslation } from 'react-i18next';
import { KioskTextField } from '../../components/keyboard';
import { TouchButton } from '../../components/TouchButton';
import { LANGUAGES } from '../../i18n/languages';
import { useNavigation } from '../../stores/navigation-store';
import { SaveBar } from './SaveBar';
import { TechnicianFrame } from './TechnicianFrame';
import { TechSection } from './TechSection';
import { schemaChoices, schemaRange } from './useConfig';
import { useSettingsDraft } from './useSettingsDraft';

const IDLE_STEP_S = 15;

type KioskKey = 'ui.defaultLanguage' | 'ui.idleTimeoutS' | 'ui.orientation' | 'center.name';

/** Settings of the kiosk as the public sees it; saved together and applied at once. */
export function KioskSettingsScreen() {
  const { t } = useTranslation('technician');
  const { entries, loadFailed, reload, save, value, change, dirty, saveDraft } = useSettingsDraft<KioskKey>();

  if (!entries) {
    return (
      <TechnicianFrame title={t('kiosk.title')} testId="screen-technician-kiosk">
        {loadFailed ? (
          <>
            <p className="tech__error">{t('common.failed')}</p>
            <TouchButton onClick={reload}>{t('common.retry')}</TouchButton>
          </>
        ) : (
          <p>{t('common.loading')}</p>
        )}
      </TechnicianFrame>
    );
  }

  const idle = schemaRange(entries.get('ui.idleTimeoutS'));
  const idleValue = value<number>('ui.idleTimeoutS');
  const languages = schemaChoices(entries.get('ui.defaultLanguage')).map(String);
  const orientations = schemaChoices(entries.get('ui.orientation')).map(String);
  const nameMissing = value<string>('center.name').trim() === '';

  return (
    <TechnicianFrame title={t('kiosk.title')} testId="screen-technician-kiosk">
      <TechSection id="kiosk-center" title={t('kiosk.center')}>
        <div className="tech__field">
          <KioskTextField
            id="kiosk-center-name"
            testId="kiosk-center-name"
            label={t('kiosk.centerName')}
            value={value<string>('center.name')}
            maxLength={120}
            onChange={(v) => change({ 'center.name': v })}
            hint={nameMissing ? undefined : t('kiosk.centerNameHint')}
          />
          {nameMissing ? (
            <p className="tech__error" data-testid="kiosk-center-name-missing">
              {t('kiosk.centerNameMissing')}
            </p>
          ) : null}
        </div>
      </TechSection>

      <TechSection id="kiosk-language" title={t('kiosk.defaultLanguage')}>
        <p className="tech__field-hint">{t('kiosk.defaultLanguageHint')}</p>
        <div className="tech__choices">
          {languages.map((code) => (
            <TouchButton
              key={code}
              className="tech__choice"
              aria-pressed={value<string>('ui.defaultLanguage') === code}
              onClick={() => change({ 'ui.defaultLanguage': code })}
              data-testid={`kiosk-language-${code}`}
              lang={code}
            >
              {LANGUAGES.find((l) => l.code === code)?.nativeName ?? code}
            </TouchButton>
          ))}
        </div>
      </TechSection>

      <TechSection id="kiosk-idle" title={t('kiosk.idleTimeout')}>
        <p className="tech__field-hint">{t('kiosk.idleTimeoutHint', { min: idle.min, max: idle.max })}</p>
        <div className="tech__stepper">
          <TouchButton
            onClick={() => change({ 'ui.idleTimeoutS': Math.max(idle.min, idleValue - IDLE_STEP_S) })}
            disabled={idleValue <= idle.min}
            aria-label={t('kiosk.idleLess')}
            data-testid="kiosk-idle-less"
          >
            −
          </TouchButton>
          <output className="tech__stepper-value" data-testid="kiosk-idle-value" aria-live="polite">
            {t('kiosk.seconds', { count: idleValue })}
          </output>
          <TouchButton
            onClick={() => change({ 'ui.idleTimeoutS': Math.min(idle.max, idleValue + IDLE_STEP_S) })}
            disabled={idleValue >= idle.max}
            aria-label={t('kiosk.idleMore')}
            data-testid="kiosk-idle-more"
          >
            +
          </TouchButton>
        </div>
      </TechSection>

      <TechSection id="kiosk-orientation" title={t('kiosk.orientation')}>
        <p className="tech__field-hint">{t('kiosk.orientationHint')}</p>
        <div className="tech__choices">
          {orientations.map((o) => (
            <TouchButton
              key={o}
              className="tech__choice"
              aria-pressed={value<string>('ui.orientation') === o}
              onClick={() => change({ 'ui.orientation': o })}
              data-testid={`kiosk-orientation-${o}`}
            >
              {t(`kiosk.orientations.${o}`)}
            </TouchButton>
          ))}
        </div>
      </TechSection>

      <TechSection id="kiosk-services" title={t('kiosk.services')}>
        <p className="tech__field-hint">{t('kiosk.servicesHint')}</p>
        <div className="tech__actions">
          <TouchButton onClick={() => useNavigation.getState().go('technician.services', {})} data-testid="kiosk-services">
            {t('kiosk.servicesOpen')}
          </TouchButton>
        </div>
      </TechSection>

      <SaveBar dirty={dirty} blocked={nameMissing} save={save} onSave={() => void saveDraft()} />
    </TechnicianFrame>
  );
}
