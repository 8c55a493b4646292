import './catalog.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogField, Procedure } from '../../../src-main/api/channels/catalog';
import { ListenButton } from '../../components/aloud/ListenButton';
import { TouchButton } from '../../components/TouchButton';
import { useCatalogProcedure } from '../../hooks/useCatalogProcedure';
import type { ScreenParams } from '../../stores/navigation-store';
import { DocumentChecklist } from './DocumentChecklist';
import { ProcedureFacts } from './ProcedureFacts';
import { ProcedureQr } from './ProcedureQr';
import { procedureActions } from './procedure-actions';
import { UnknownProcedure } from './UnknownProcedure';
import { useLocalized } from './useLocalized';

/** One procedure, readable at a glance: facts first, then the papers to bring, the QR code, the steps. */
export function ProcedureScreen({ params }: { params: ScreenParams['catalog.procedure'] }) {
  const { t } = useTranslation('catalog');
  const [attempt, setAttempt] = useState(0);
  const { result, error } = useCatalogProcedure(params.code, attempt);

  if (error === 'not-found') return <UnknownProcedure code={params.code} />;
  if (!result) {
    const message = error === null ? t('procedure.loading') : t('search.error');
    return (
      <section className="screen" data-testid="screen-catalog-procedure" aria-labelledby="screen-title">
        <h1 id="screen-title" className="screen__title">
          {message}
        </h1>
        {error !== null ? (
          <TouchButton variant="primary" onClick={() => setAttempt((n) => n + 1)}>
            {t('search.retry')}
          </TouchButton>
        ) : null}
      </section>
    );
  }
  return <ProcedureView procedure={result.procedure} field={result.field} />;
}

function ProcedureView({ procedure: p, field }: { procedure: Procedure; field: CatalogField }) {
  const { t } = useTranslation('catalog');
  const tAny = useTranslation().t;
  const { text, lang } = useLocalized();
  const actions = procedureActions.filter((a) => a.isAvailable(p));
  const national = p.codeKind === 'national';
  return (
    <section className="screen procedure" data-testid="screen-catalog-procedure" aria-labelledby="screen-title">
      <header className="procedure__header">
        <p className="procedure__field" lang={lang(field.name)}>
          {text(field.name)}
        </p>
        <h1 id="screen-title" className="screen__title procedure__title" lang={lang(p.name)}>
          {text(p.name)}
        </h1>
        <p className="procedure__code">{national ? t('procedure.code', { code: p.code }) : t('procedure.localCode', { code: p.code })}</p>
        {p.safety ? (
          <div className="notice notice--error procedure__safety" data-testid="procedure-safety">
            <p className="notice__text" lang={lang(p.safety)}>
              <strong>{text(p.safety)}</strong>
            </p>
          </div>
        ) : null}
        <ListenButton reading={{ kind: 'procedure', code: p.code }} />
        {p.summary ? (
          <p className="lead" lang={lang(p.summary)}>
            {text(p.summary)}
          </p>
        ) : null}
      </header>

      {actions.length > 0 ? (
        <nav className="procedure__actions" aria-label={t('procedure.actions')}>
          {actions.map((a) => (
            <TouchButton
              key={a.id}
              variant="primary"
              size="large"
              icon={a.icon}
              onClick={() => a.open(p)}
              data-testid={`procedure-action-${a.id}`}
            >
              {tAny(a.labelKey)}
            </TouchButton>
          ))}
        </nav>
      ) : null}

      <div className="procedure__layout">
        <div className="procedure__main">
          <ProcedureFacts procedure={p} />
          <section className="procedure__section" aria-labelledby="procedure-documents-title">
            <h2 id="procedure-documents-title" className="catalog-section-title">
              {t('procedure.documents')}
            </h2>
            <DocumentChecklist documents={p.documents} known={p.detailsKnown} />
          </section>
          {p.steps.length > 0 ? (
            <section className="procedure__section" aria-labelledby="procedure-steps-title">
              <h2 id="procedure-steps-title" className="catalog-section-title">
                {t('procedure.steps')}
              </h2>
              <ol className="step-list">
                {p.steps.map((s) => (
                  <li key={s.vi} lang={lang(s)}>
                    {text(s)}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          <MoreInfo procedure={p} />
        </div>
        <aside className="procedure__aside">
          <ProcedureQr code={p.code} name={text(p.name)} national={national} />
        </aside>
      </div>
    </section>
  );
}

/** Who, conditions, result, forms and legal basis: needed less often, so below and smaller. */
function MoreInfo({ procedure: p }: { procedure: Procedure }) {
  const { t } = useTranslation('catalog');
  const { text, lang } = useLocalized();
  const list = (title: string, items: readonly Procedure['legalBasis'][number][]) =>
    items.length > 0 ? (
      <section className="procedure__section procedure__section--small">
        <h2 className="catalog-section-title">{title}</h2>
        <ul className="plain-list">
          {items.map((i) => (
            <li key={i.vi} lang={lang(i)}>
              {text(i)}
            </li>
          ))}
        </ul>
      </section>
    ) : null;
  return (
    <>
      {p.applicant ? list(t('procedure.applicant'), [p.applicant]) : null}
      {list(t('procedure.conditions'), p.conditions)}
      {p.result ? list(t('procedure.result'), [p.result]) : null}
      {list(
        t('procedure.forms'),
        p.forms.map((f) => f.name),
      )}
      {list(t('procedure.legal'), p.legalBasis)}
      {p.source ? list(t('procedure.source'), [p.source.title]) : null}
    </>
  );
}
