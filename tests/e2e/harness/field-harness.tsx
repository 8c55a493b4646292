// A test page that mounts the real KioskTextField and KeyboardDock with the real styles and
// strings, so the keyboard can be driven by touch before any feature screen uses it.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '../../../src-renderer/styles/frame.css';
import '../../../src-renderer/styles/base.css';
import '../../../src-renderer/styles/components.css';
import '../../../src-renderer/styles/keyboard.css';
import '../../../src-renderer/styles/screens.css';
import '../../../src-renderer/styles/a11y.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { KeyboardDock, KioskTextField } from '../../../src-renderer/components/keyboard';
import { setupI18n } from '../../../src-renderer/i18n/setup-i18n';
import { sessionSnapshot } from '../../../src-renderer/stores/session-reset';

const params = new URLSearchParams(location.search);
const i18n = setupI18n(params.get('lang') ?? 'vi');
Object.defineProperty(window, '__kioskSessionSnapshot', { value: sessionSnapshot });

function Harness() {
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [submitted, setSubmitted] = useState(0);
  return (
    <div className="app">
      <main id="main" className="app__main">
        <h1 className="screen__title">Harness</h1>
        <KioskTextField label="Họ và tên" value={name} onChange={setName} autoCapitalize="words" testId="field-name" />
        <KioskTextField label="Số CCCD" value={idNumber} onChange={setIdNumber} mode="numeric" maxLength={12} testId="field-id" />
        <KioskTextField label="Số điện thoại" value={phone} onChange={setPhone} mode="phone" testId="field-phone" />
        <KioskTextField
          label="Mã hồ sơ"
          value={code}
          onChange={setCode}
          mode="code"
          testId="field-code"
          onSubmit={() => setSubmitted((n) => n + 1)}
        />
        <output data-testid="values">{JSON.stringify({ name, idNumber, phone, code, submitted })}</output>
      </main>
      <KeyboardDock />
    </div>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <I18nextProvider i18n={i18n}>
      <Harness />
    </I18nextProvider>,
  );
}
