import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackLookup } from '../../../src-main/api/channels/feedback';
import { formatDossierCode } from '../../../src-main/api/codes';
import { useApi } from '../../api/api-context';
import { CodeLookupForm } from '../../components/CodeLookupForm';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useCodeLookup } from '../../hooks/useCodeLookup';
import type { ScreenParams } from '../../stores/navigation-store';
import { FeedbackFacts, FeedbackReference, RemoteFeedback } from './FeedbackResult';
import './feedback-screens';
import '../dossiers/dossiers.css';
import './feedback.css';

function Result({ found }: { found: FeedbackLookup }) {
  const { t } = useTranslation('feedback');
  return (
    <section className="dossier-result" aria-live="polite" data-testid="feedback-result">
      <FeedbackReference reference={found.reference} />
      {found.local ? <FeedbackFacts receipt={found.local} /> : null}
      {found.remote ? (
        <RemoteFeedback remote={found.remote} />
      ) : (
        <p className="dossier-note" data-testid="feedback-remote-missing">
          {!found.reachedServer ? t('lookup.offline') : found.local ? t('lookup.notYetAtCenter') : t('lookup.unknown')}
        </p>
      )}
    </section>
  );
}

/** Look a feedback up by the reference the citizen kept: the center's answer when it gives one. */
export function FeedbackLookupScreen({ params }: { params: ScreenParams['feedback.lookup'] }) {
  const { t } = useTranslation('feedback');
  const api = useApi();
  const [typed, setTyped] = useState(params.reference ? formatDossierCode(params.reference) : '');
  const { found, problem, busy, lookup } = useCodeLookup((reference) => api.call('feedback.lookup', { reference }), {
    badCode: t('errors.badReference'),
    failed: () => t('errors.failed'),
  });

  useEffect(() => {
    if (params.reference) void lookup(params.reference);
  }, [params.reference, lookup]);

  return (
    <ScreenFrame title={t('lookup.title')} testId="screen-feedback-lookup">
      <p className="lead">{t('lookup.lead')}</p>
      <CodeLookupForm
        texts={{
          label: t('lookup.label'),
          hint: t('lookup.hint'),
          go: t('lookup.go'),
          looking: t('lookup.looking'),
          inputTestId: 'feedback-lookup-input',
          goTestId: 'feedback-lookup-go',
        }}
        value={typed}
        onChange={setTyped}
        problem={problem}
        busy={busy}
        onLookup={(code) => void lookup(code)}
      />
      {found ? <Result found={found} /> : null}
    </ScreenFrame>
  );
}
