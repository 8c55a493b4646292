import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '../styles/base.css';
import '../styles/components.css';
import './hall.css';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { setupI18n } from '../i18n/setup-i18n';
import { rememberedLanguage } from './hall-language';

/** Mounts a hall page (counter console or display) with the kiosk's fonts, styles and strings. */
export function mountHallPage(app: ReactNode): void {
  const i18n = setupI18n(rememberedLanguage());
  const root = document.getElementById('root');
  if (!root) throw new Error('the page lacks #root');
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>{app}</I18nextProvider>
    </StrictMode>,
  );
}
