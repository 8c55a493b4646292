import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatMoment } from '../../../src-main/api/center-clock';
import { fallbackLang, localized } from '../../../src-main/api/channels/catalog';
import type { DossierStatus } from '../../../src-main/api/channels/dossiers';
import { formatDossierCode } from '../../../src-main/api/codes';
import { useApi } from '../../api/api-context';
import { ApiCallError } from '../../api/api-error';
import { CodeLookupForm } from '../../components/CodeLookupForm';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useCodeLookup } from '../../hooks/useCodeLookup';
import type { ScreenParams } from '../../stores/navigation-store';
import { PaymentStateLine } from '../payment/PaymentState';
import { PersonLookup } from './PersonLookup';
import { RemoteHistory, useRemoteStepName } from './RemoteHistory';
import { StateBadge } from './StateBadge';
import './dossier-screens';
import './dossiers.css';

function Result({ status }: { status: DossierStatus }) {
  const { t, i18n } = useTranslation('dossiers');
  const lang = i18n.language;
  const { local, remote } = status;
  const stepName = useRemoteStepName();
  return (
    <section className="dossier-result" aria-live="polite" data-testid="status-result">
      <p className="dossier-receipt__code" data-testid="status-code">
        {formatDossierCode(status.code)}
      </p>
      {local ? (
        <>
          <p className="dossier-result__procedure" lang={fallbackLang(local.procedureName, lang)}>
            {localized(local.procedureName, lang)}
          </p>
          <p className="dossier-result__meta">
            {t('receipt.submitted')}: {formatMoment(local.submittedAt, lang)}
            {local.expectedResultDate
              ? ` · ${t('receipt.expected')}: ${formatCalendarDate(local.expectedResultDate, lang, 'weekday')}`
              : ''}
          </p>
          <StateBadge state={local.state} />
        </>
      ) : null}
      {remote ? (
        <div className="dossier-remote" data-testid="status-remote" data-status={remote.status}>
          <p className="dossier-remote__label">{t('status.atCenter')}</p>
          <p className="dossier-remote__status">{stepName(remote.status)}</p>
          {remote.note ? (
            <p className="dossier-remote__note">
              {remote.status === 'needs-info' ? t('status.supplement', { reason: remote.note }) : remote.note}
            </p>
          ) : null}
          {remote.tracking ? <p className="dossier-remote__note">{t('status.tracking', { number: remote.tracking })}</p> : null}
          {remote.payment ? <PaymentStateLine state={remote.payment} /> : null}
          <p className="dossier-result__meta">{t('status.updated', { when: formatMoment(remote.updatedAt, lang) })}</p>
          <RemoteHistory remote={remote} />
        </div>
      ) : (
        <p className="dossier-note" data-testid="status-remote-missing">
          {!status.reachedServer ? t('status.offline') : local ? t('status.notYetAtCenter') : t('status.unknown')}
        </p>
      )}
    </section>
  );
}

/** Look a dossier up by the code on its receipt: the center's status when it answers, the kiosk's otherwise. */
export function DossierStatusScreen({ params }: { params: ScreenParams['dossier.status'] }) {
  const { t } = useTranslation('dossiers');
  const api = useApi();
  const [typed, setTyped] = useState(params.code ? formatDossierCode(params.code) : '');
  const {
    found: status,
    problem,
    busy,
    lookup,
  } = useCodeLookup((code) => api.call('dossier.status', { code }), {
    badCode: t('errors.badCode'),
    failed: (e) => (e instanceof ApiCallError && e.code === 'bad-request' ? t('errors.badCode') : t('errors.lookupFailed')),
  });

  useEffect(() => {
    if (params.code) void lookup(params.code);
  }, [params.code, lookup]);

  // When this dossier reaches the center while the citizen watches, say so at once.
  useEffect(() => {
    const code = status?.code;
    if (!code) return;
    return api.on('dossier.onStateChanged', (p) => {
      if (p.code === code) void lookup(code);
    });
  }, [api, status?.code, lookup]);

  return (
    <ScreenFrame title={t('status.title')} testId="screen-dossier-status">
      <p className="lead">{t('status.lead')}</p>
      <p className="dossier-note">{t('status.scanHint')}</p>
      <CodeLookupForm
        texts={{
          label: t('status.codeLabel'),
          hint: t('status.codeHint'),
          go: t('status.lookup'),
          looking: t('status.looking'),
          inputTestId: 'status-input',
          goTestId: 'status-lookup',
        }}
        value={typed}
        onChange={setTyped}
        problem={problem}
        busy={busy}
        onLookup={(code) => void lookup(code)}
      />
      {status ? <Result status={status} /> : null}
      <PersonLookup />
    </ScreenFrame>
  );
}
