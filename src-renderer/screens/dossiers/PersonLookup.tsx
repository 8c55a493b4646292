import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatMoment } from '../../../src-main/api/center-clock';
import { hasTranslation, localized } from '../../../src-main/api/channels/catalog';
import type { PersonLookupResult } from '../../../src-main/api/channels/dossier-lookup';
import { checkCitizenId, parseVietnameseDate } from '../../../src-main/api/dossier-rules';
import { useApi } from '../../api/api-context';
import { ApiCallError } from '../../api/api-error';
import { KioskTextField } from '../../components/keyboard';
import { TouchButton } from '../../components/TouchButton';
import { DateField } from './fields/DateField';
import { useRemoteStepName } from './RemoteHistory';
import './person-lookup.css';

function Matches({ result }: { result: PersonLookupResult }) {
  const { t, i18n } = useTranslation('dossier-lookup');
  const { t: td } = useTranslation('dossiers');
  const lang = i18n.language;
  const stepName = useRemoteStepName();
  if (result.matches.length === 0)
    return (
      <p className="dossier-note" role="status" data-testid="person-none">
        {t('none')}
      </p>
    );
  return (
    <ul className="person-matches" aria-live="polite" data-testid="person-matches">
      {result.matches.map((m) => (
        <li key={m.submittedAt} className="dossier-result" data-testid="person-match" data-state={m.state}>
          <p className="dossier-result__procedure" lang={hasTranslation(m.procedureName, lang) ? undefined : 'vi'}>
            {localized(m.procedureName, lang)}
          </p>
          <p className="dossier-remote__status" data-testid="person-match-status">
            {m.remote ? stepName(m.remote.status) : td(`state.${m.state}.title`)}
          </p>
          <p className="dossier-result__meta">
            {td('receipt.submitted')}: {formatMoment(m.submittedAt, lang)}
          </p>
          {m.expectedResultDate ? (
            <p className="dossier-result__meta">
              {td('receipt.expected')}: {formatCalendarDate(m.expectedResultDate, lang, 'weekday')}
            </p>
          ) : null}
        </li>
      ))}
      {result.reachedServer ? null : <li className="dossier-note">{td('status.offline')}</li>}
    </ul>
  );
}

/**
 * A lost receipt: the dossiers one person submitted at this kiosk, found by ID number and date of
 * birth, status only. The center offers no such lookup, so the screen says plainly that only
 * dossiers submitted here can be found this way.
 */
export function PersonLookup() {
  const { t } = useTranslation('dossier-lookup');
  const { t: td } = useTranslation('dossiers');
  const api = useApi();
  const [citizenId, setCitizenId] = useState('');
  const [birth, setBirth] = useState('');
  const [problem, setProblem] = useState<{ field: 'id' | 'date' | 'form'; text: string } | null>(null);
  const [result, setResult] = useState<PersonLookupResult | null>(null);
  const [busy, setBusy] = useState(false);

  const find = async () => {
    const iso = parseVietnameseDate(birth);
    if (checkCitizenId(citizenId) !== null) return setProblem({ field: 'id', text: td('errors.citizenIdFormat') });
    if (!iso) return setProblem({ field: 'date', text: td('errors.dateFormat') });
    setBusy(true);
    setProblem(null);
    setResult(null);
    try {
      setResult(await api.call('dossier.findByPerson', { citizenId, dateOfBirth: iso }));
    } catch (e) {
      setProblem({ field: 'form', text: e instanceof ApiCallError && e.code === 'busy' ? t('tooMany') : td('errors.lookupFailed') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="person-lookup" aria-labelledby="person-lookup-title" data-testid="person-lookup">
      <h2 id="person-lookup-title" className="person-lookup__title">
        {t('title')}
      </h2>
      <p className="dossier-note" data-testid="person-only-here">
        {t('onlyHere')}
      </p>
      <form
        className="person-lookup__form"
        onSubmit={(e) => {
          e.preventDefault();
          void find();
        }}
      >
        <KioskTextField
          label={t('citizenId')}
          value={citizenId}
          onChange={(v) => setCitizenId(v.replace(/\D/g, ''))}
          mode="numeric"
          maxLength={12}
          error={problem?.field === 'id' ? problem.text : undefined}
          testId="person-citizenId"
        />
        <DateField
          label={t('dateOfBirth')}
          value={birth}
          onChange={setBirth}
          error={problem?.field === 'date' ? problem.text : undefined}
          testId="person-dateOfBirth"
        />
        <TouchButton type="submit" variant="primary" size="large" disabled={busy || !citizenId || !birth} data-testid="person-find">
          {busy ? td('status.looking') : t('find')}
        </TouchButton>
      </form>
      {problem?.field === 'form' ? (
        <p className="field__error" role="alert" data-testid="person-problem">
          {problem.text}
        </p>
      ) : null}
      {result ? <Matches result={result} /> : null}
      <p className="dossier-result__meta">{t('privacy')}</p>
    </section>
  );
}
