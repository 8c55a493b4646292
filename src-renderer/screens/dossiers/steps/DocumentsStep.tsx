import { useTranslation } from 'react-i18next';
import { localized, type RequiredDocument } from '../../../../src-main/api/channels/catalog';
import { Icon } from '../../../components/Icon';
import { useDraft } from '../draft-store';
import type { StepProps } from './step-props';

/** The papers the procedure asks for: the citizen ticks the ones they will bring to the counter. */
export function DocumentsStep({ procedure, lang }: StepProps) {
  const { t } = useTranslation('dossiers');
  const checked = useDraft((s) => s.documents);
  const set = useDraft((s) => s.setDocument);
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
  return (
    <div className="dossier-step" data-testid="dossier-step-documents">
      <p className="lead">{t('documents.lead')}</p>
      <ul className="dossier-docs">
        {procedure.documents.map((d, index) => {
          const on = checked[index] === true;
          const name = localized(d.name, lang);
          return (
            <li key={d.name.vi}>
              <label className={`dossier-doc${on ? ' dossier-doc--on' : ''}`} data-testid={`document-${index}`}>
                <input type="checkbox" className="visually-hidden" checked={on} onChange={() => set(index, !on)} />
                <span className="dossier-doc__box" aria-hidden="true">
                  {on ? <Icon name="check" size={36} /> : null}
                </span>
                <span className="dossier-doc__text">
                  <span className="dossier-doc__name">{name}</span>
                  <span className="dossier-doc__meta">{counts(d)}</span>
                  {d.condition ? (
                    <span className="dossier-doc__condition">{t('documents.when', { condition: localized(d.condition, lang) })}</span>
                  ) : null}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <p className="dossier-note">{t('documents.note')}</p>
    </div>
  );
}
