import { useTranslation } from 'react-i18next';
import { DossierDetail } from '../../src-main/api/center/office';
import { localized } from '../../src-main/api/channels/catalog';
import { formatDossierCode } from '../../src-main/api/codes';
import { officeCall } from './office-api';
import { formatDay, formatTime } from './office-i18n';
import { StepActions } from './StepActions';
import { useLoad } from './use-load';

const APPLICANT_FIELDS = ['fullName', 'citizenId', 'dateOfBirth', 'phone', 'email', 'address'] as const;

/** One dossier: who, what, which papers, how the result goes back, every step so far, and the next step. */
export function DossierScreen({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { value: d, error, setValue } = useLoad(() => officeCall('GET', `dossiers/${code}`, DossierDetail), code);
  if (error) return <p className="office-error">{t('dossier.notFound')}</p>;
  if (!d) return <p>{t('app.loading')}</p>;
  return (
    <article className="office-dossier" data-testid="dossier-page" data-status={d.status}>
      <a href="#/inbox">{t('dossier.back')}</a>
      <header className="office-dossier__head">
        <div>
          <h1 className="office-code">{formatDossierCode(d.code)}</h1>
          <p>
            {d.procedureName} <span className="office-sub">({d.procedureCode})</span>
          </p>
        </div>
        <span className={`office-step office-step--${d.status} office-step--big`} data-testid="dossier-status">
          {t(`step.${d.status}`)}
        </span>
      </header>
      <dl className="office-facts">
        <dt>{t('dossier.reference')}</dt>
        <dd>{d.reference}</dd>
        <dt>{t('dossier.submitted')}</dt>
        <dd>{formatTime(d.submittedAt ?? d.receivedAt)}</dd>
        <dt>{t('dossier.kiosk')}</dt>
        <dd>{d.kioskId}</dd>
        <dt>{t('dossier.due')}</dt>
        <dd>{formatDay(d.dueDate)}</dd>
        <dt>{t('inbox.payment')}</dt>
        <dd>{t(`payment.${d.payment}`)}</dd>
        <dt>{t('dossier.delivery')}</dt>
        <dd>
          {t(`delivery.${d.deliveryMethod}`)}
          {d.delivery?.method === 'post'
            ? ` — ${d.delivery.address.recipient}, ${d.delivery.address.street}, ${d.delivery.address.ward}, ${d.delivery.address.province}`
            : ''}
        </dd>
        {d.tracking ? (
          <>
            <dt>{t('dossier.tracking')}</dt>
            <dd data-testid="dossier-tracking">{d.tracking}</dd>
          </>
        ) : null}
      </dl>
      <div className="office-columns">
        <section>
          <h2>{t('dossier.applicant')}</h2>
          {d.applicant ? (
            <dl className="office-facts">
              {APPLICANT_FIELDS.filter((f) => d.applicant?.[f]).map((f) => (
                <div key={f} className="office-fact">
                  <dt>{t(`dossier.${f}`)}</dt>
                  <dd>{f === 'dateOfBirth' ? formatDay(d.applicant?.[f] ?? null) : d.applicant?.[f]}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="office-sub">{t('dossier.hidden')}</p>
          )}
          {d.formFields && d.formFields.length > 0 ? (
            <>
              <h2>{t('dossier.form')}</h2>
              <dl className="office-facts" data-testid="dossier-form">
                {d.formFields.map((f) => (
                  <div key={f.id} className="office-fact" data-field={f.id}>
                    <dt>{f.label ? localized(f.label, lang) : f.id}</dt>
                    <dd>{f.valueLabel ? localized(f.valueLabel, lang) : f.type === 'date' ? formatDay(f.value) : f.value}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : null}
          <h2>{t('dossier.documents')}</h2>
          <ul className="office-docs">
            {d.documents.map((doc) => (
              <li key={doc.name} className={doc.provided ? 'is-ok' : 'is-missing'}>
                {doc.name} — {doc.provided ? t('dossier.provided') : t('dossier.missing')}
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h2>{t('dossier.history')}</h2>
          <ol className="office-history" data-testid="dossier-history">
            {d.history.map((h) => (
              <li key={`${h.step}-${h.at}`} data-step={h.step}>
                <strong>{t(`step.${h.step}`)}</strong> · {formatTime(h.at)} ·{' '}
                {h.staffName ? t('dossier.by', { name: h.staffName }) : t('dossier.byKiosk')}
                {h.note ? <div className="office-note">{h.note}</div> : null}
                {h.tracking ? (
                  <div className="office-note">
                    {t('dossier.tracking')}: {h.tracking}
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
          <StepActions dossier={d} onChanged={setValue} />
        </section>
      </div>
    </article>
  );
}
