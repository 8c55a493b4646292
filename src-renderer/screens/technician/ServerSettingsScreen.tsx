import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerCheck } from '../../../src-main/api/channels/config';
import { useApi } from '../../api/api-context';
import { KioskTextField } from '../../components/keyboard';
import { TouchButton } from '../../components/TouchButton';
import { useKiosk } from '../../stores/kiosk-store';
import { SaveBar } from './SaveBar';
import { TechnicianFrame } from './TechnicianFrame';
import { TechSection } from './TechSection';
import { useSettingsDraft } from './useSettingsDraft';

type ServerKey = 'server.url' | 'server.token';

/** An address is saved without the spaces a keyboard slip adds; the field keeps what was typed. */
const TIDY = { 'server.url': (typed: unknown) => String(typed).trim() };

/** How the last test went, in words a technician on a ladder can read. */
function CheckResult({ check }: { check: ServerCheck }) {
  const { t } = useTranslation('technician');
  const ok = check.outcome === 'ok';
  return (
    <p className={ok ? 'tech__ok' : 'tech__error'} role="status" data-testid="server-check-result" data-outcome={check.outcome}>
      {t(`server.outcome.${check.outcome}`, { latency: check.latencyMs === null ? '' : Math.round(check.latencyMs) })}
      {check.detail ? <span className="tech__row-detail tech__mono"> ({check.detail})</span> : null}
    </p>
  );
}

/**
 * The center server: where it is and the kiosk's token. The test uses what is typed, before it
 * is saved, so a technician can try an address without breaking a working setup.
 */
export function ServerSettingsScreen() {
  const { t } = useTranslation('technician');
  const api = useApi();
  const kioskId = useKiosk((s) => s.info?.kioskId ?? '');
  const { entries, save, value, change, dirty, saveDraft } = useSettingsDraft<ServerKey>(TIDY);
  const [showToken, setShowToken] = useState(false);
  const [check, setCheck] = useState<ServerCheck | null>(null);
  const [testing, setTesting] = useState(false);

  const tokenEntry = entries?.get('server.token');
  const currentUrl = String(value('server.url') ?? '');
  const token = String(value('server.token') ?? '');

  const test = async () => {
    setTesting(true);
    setCheck(null);
    try {
      setCheck(await api.call('config.testServer', { url: currentUrl.trim(), ...(token ? { token } : {}) }));
    } catch {
      setCheck({ outcome: 'network', status: null, latencyMs: null, detail: t('common.failed'), url: currentUrl });
    } finally {
      setTesting(false);
    }
  };

  return (
    <TechnicianFrame title={t('server.title')} testId="screen-technician-server">
      <TechSection id="server-where" title={t('server.where')}>
        <div className="tech__field">
          <KioskTextField
            id="server-url"
            testId="server-url"
            className="tech__mono"
            label={t('server.url')}
            mode="latin"
            maxLength={2048}
            placeholder={t('server.urlPlaceholder')}
            value={currentUrl}
            onChange={(v) => change({ 'server.url': v })}
          />
        </div>
        <div className="tech__field">
          <span className="tech__field-label">{t('server.kioskId')}</span>
          <p className="tech__mono tech__value" data-testid="server-kiosk-id">
            {kioskId}
          </p>
          <p className="tech__field-hint">{t('server.kioskIdHint')}</p>
        </div>
        <div className="tech__field">
          <div className="tech__inline">
            <KioskTextField
              id="server-token"
              testId="server-token"
              className="tech__mono"
              label={t('server.token')}
              mode="latin"
              secret={!showToken}
              maxLength={512}
              value={token}
              placeholder={tokenEntry?.isSet ? String(tokenEntry.value) : ''}
              onChange={(v) => change({ 'server.token': v })}
            />
            <TouchButton onClick={() => setShowToken((s) => !s)} aria-pressed={showToken} data-testid="server-token-show">
              {showToken ? t('server.hide') : t('server.show')}
            </TouchButton>
          </div>
          <p className="tech__field-hint">{tokenEntry?.isSet ? t('server.tokenKeep') : t('server.tokenNone')}</p>
        </div>
      </TechSection>

      <TechSection id="server-test" title={t('server.test')}>
        <p className="tech__field-hint">{t('server.testHint')}</p>
        <div className="tech__actions">
          <TouchButton variant="primary" onClick={() => void test()} disabled={testing} data-testid="server-test">
            {testing ? t('server.testing') : t('server.testNow')}
          </TouchButton>
        </div>
        {check ? <CheckResult check={check} /> : null}
      </TechSection>

      <SaveBar dirty={dirty} save={save} onSave={() => void saveDraft()} />
    </TechnicianFrame>
  );
}
