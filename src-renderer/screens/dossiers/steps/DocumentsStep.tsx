import { useTranslation } from 'react-i18next';
import { fallbackLang, localized, type RequiredDocument } from '../../../../src-main/api/channels/catalog';
import { askedNow } from '../../../../src-main/api/dossier-rules';
import { Icon } from '../../../components/Icon';
import { applicableDocuments } from '../draft-build';
import { useDraft } from '../draft-store';
import type { StepProps } from './step-props';

/** One large tick box: a paper the citizen has, or a case that is theirs. */
function TickRow({
  on,
  onToggle,
  testId,
  title,
  lang,
  meta,
}: {
  on: boolean;
  onToggle(): void;
  testId: string;
  title: string;
  lang?: string | undefined;
  meta?: string;
}) {
  return (
    <label className={`dossier-doc${on ? ' dossier-doc--on' : ''}`} data-testid={testId}>
      <input type="checkbox" className="visually-hidden" checked={on} onChange={onToggle} />
      <span className="dossier-doc__box" aria-hidden="true">
        {on ? <Icon name="check" size={36} /> : null}
      </span>
      <span className="dossier-doc__text">
        <span className="dossier-doc__name" lang={lang}>
          {title}
        </span>
        {meta ? <span className="dossier-doc__meta">{meta}</span> : null}
      </span>
    </label>
  );
}

/**
 * The papers the procedure asks for. Papers asked only in some case (an abandoned child, surrogacy)
 * are first asked about as cases: only those the citizen says are theirs join the list, so the count
 * on the receipt is of the papers their dossier really needs. Papers of a case the form's answers
 * rule out (the parents' marriage certificate when the father is not established) are not shown.
 * Then they tick the papers they have.
 */
export function DocumentsStep({ procedure, lang }: StepProps) {
  const { t } = useTranslation('dossiers');
  const checked = useDraft((s) => s.documents);
  const cases = useDraft((s) => s.cases);
  const form = useDraft((s) => s.form);
  const set = useDraft((s) => s.setDocument);
  const setCase = useDraft((s) => s.setCase);
  if (procedure.documents.length === 0) {
    return (
      <div className="dossier-step" data-testid="dossier-step-documents">
        <p className="lead">{t('documents.none')}</p>
      </div>
    );
  }
  const counts = (d: RequiredDocument) =>
    [
      d.originals > 0 ? t('documents.originals', { count: d.originals }) : '',
      d.copies > 0 ? t('documents.copies', { count: d.copies }) : '',
      d.showOriginal ? t('documents.showOriginal') : '',
    ]
      .filter(Boolean)
      .join(' · ');
  const applies = applicableDocuments(procedure, { cases, form });
  // The cases asked about are those of papers the form's answers do not already rule out.
  const conditional = procedure.documents.flatMap((d, index) =>
    d.condition && askedNow(d, form) ? [{ d, index, condition: d.condition }] : [],
  );
  return (
    <div className="dossier-step" data-testid="dossier-step-documents">
      {conditional.length > 0 ? (
        <fieldset className="dossier-field dossier-cases">
          <legend className="dossier-field__label">{t('documents.casesLead')}</legend>
          <ul className="dossier-docs">
            {conditional.map(({ d, index, condition }) => (
              <li key={`case-${d.name.vi}`}>
                <TickRow
                  on={cases[index] === true}
                  onToggle={() => setCase(index, cases[index] !== true)}
                  testId={`document-case-${index}`}
                  title={localized(condition, lang)}
                  lang={fallbackLang(condition, lang)}
                  meta={t('documents.caseNeeds', { name: localized(d.name, lang) })}
                />
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <p className="lead">{t('documents.lead')}</p>
      <ul className="dossier-docs" data-testid="dossier-documents-list">
        {procedure.documents.map((d, index) =>
          applies[index] ? (
            <li key={d.name.vi}>
              <TickRow
                on={checked[index] === true}
                onToggle={() => set(index, checked[index] !== true)}
                testId={`document-${index}`}
                title={localized(d.name, lang)}
                lang={fallbackLang(d.name, lang)}
                meta={counts(d)}
              />
            </li>
          ) : null,
        )}
      </ul>
      <p className="dossier-note">{t('documents.note')}</p>
    </div>
  );
}
