import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import './office.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { OfficeApp } from './OfficeApp';
import { setupOfficeI18n } from './office-i18n';

const i18n = setupOfficeI18n();
const root = document.getElementById('office-root');
if (!root) throw new Error('office/index.html lacks #office-root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <OfficeApp />
    </I18nextProvider>
  </StrictMode>,
);
