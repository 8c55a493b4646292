import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestLeave } from '../stores/leave-guard';
import { useNavigation } from '../stores/navigation-store';
import { HelpDialog } from './help/HelpDialog';
import { TouchButton } from './TouchButton';

/**
 * Home, Back, Language and Help, always in the same place at the bottom of the screen, within
 * reach of a seated or short visitor, whatever screen they are lost in.
 */
export function HelpBar() {
  const { t } = useTranslation();
  const depth = useNavigation((s) => s.stack.length);
  const screen = useNavigation((s) => s.stack[s.stack.length - 1]?.screen);
  const [helpOpen, setHelpOpen] = useState(false);
  const { go } = useNavigation.getState();
  return (
    <nav className="help-bar" aria-label={t('nav.label')} data-testid="help-bar">
      <TouchButton icon="home" variant="bar" onClick={() => requestLeave('home')} disabled={screen === 'home'} data-testid="nav-home">
        {t('nav.home')}
      </TouchButton>
      <TouchButton
        icon="back"
        variant="bar"
        onClick={() => requestLeave('back')}
        disabled={depth <= 1}
        data-testid="nav-back"
        className="flip-rtl"
      >
        {t('nav.back')}
      </TouchButton>
      <TouchButton
        icon="globe"
        variant="bar"
        onClick={() => go('language', {})}
        disabled={screen === 'language'}
        data-testid="nav-language"
      >
        {t('nav.language')}
      </TouchButton>
      <TouchButton icon="help" variant="bar" onClick={() => setHelpOpen(true)} data-testid="nav-help">
        {t('nav.help')}
      </TouchButton>
      {helpOpen ? <HelpDialog onClose={() => setHelpOpen(false)} /> : null}
    </nav>
  );
}
