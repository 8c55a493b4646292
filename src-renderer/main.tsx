import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import './styles/frame.css';
import './styles/base.css';
import './styles/components.css';
import './styles/keyboard.css';
import './styles/screens.css';
import './styles/a11y.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { connectApi } from './api/api-client';
import { ApiProvider } from './api/api-context';
import { App } from './app/App';
import { followCore } from './app/follow-core';
import { installPageGuards } from './app/page-guards';
import { applyRememberedOrientation } from './app/useScreenOrientation';
import { setupI18n } from './i18n/setup-i18n';
import { sessionSnapshot } from './stores/session-reset';

installPageGuards();
applyRememberedOrientation();
const i18n = setupI18n();
// For the privacy test and the benchmark: what the session stores hold. It reads nothing that
// script on this page could not read already, and it is not enumerable.
Object.defineProperty(window, '__kioskSessionSnapshot', { value: sessionSnapshot });
const client = connectApi();
followCore(client, i18n);
const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html lacks #root');

createRoot(rootElement).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={client}>
        <App />
      </ApiProvider>
    </I18nextProvider>
  </StrictMode>,
);
