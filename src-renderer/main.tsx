import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { connectApi } from './api/api-client';
import { ApiProvider } from './api/api-context';
import { App } from './app/App';
import { installPageGuards } from './app/page-guards';
import { setupI18n } from './i18n/setup-i18n';

installPageGuards();
const i18n = setupI18n();
const client = connectApi();
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
