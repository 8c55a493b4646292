import { useTranslation } from 'react-i18next';
import type { RequiredDocument } from '../../../src-main/api/channels/catalog';
import { CatalogIcon } from './catalog-icons';
import { useLocalized } from './useLocalized';

/** The papers to bring, one per line, with how many originals or copies and when each is needed. */
export function DocumentChecklist({ documents, known = true }: { documents: readonly RequiredDocument[]; known?: boolean }) {
  const { t } = useTranslation('catalog');
  const { text, lang } = useLocalized();
  // A procedure known only by its listing: its papers were not verified, which is not "no papers".
  if (!known) return <p data-testid="procedure-documents-unknown">{t('procedure.documentsUnknown')}</p>;
  if (documents.length === 0) return <p>{t('procedure.noDocuments')}</p>;
  return (
    <ul className="doc-list" data-testid="procedure-documents">
      {documents.map((d) => {
        const counts = [
          d.originals > 0 ? t('procedure.originals', { count: d.originals }) : null,
          d.copies > 0 ? t('procedure.copies', { count: d.copies }) : null,
          d.showOriginal ? t('procedure.showOriginal') : null,
        ].filter(Boolean);
        return (
          <li key={d.name.vi} className="doc-item">
            <span className="doc-item__icon">
              <CatalogIcon name="check" size={36} />
            </span>
            <span className="doc-item__body">
              <span className="doc-item__name" lang={lang(d.name)}>
                {text(d.name)}
              </span>
              <span className="doc-item__counts">{counts.join(' · ')}</span>
              {d.condition ? (
                <span className="doc-item__when" lang={lang(d.condition)}>
                  {t('procedure.when', { condition: text(d.condition) })}
                </span>
              ) : null}
              {d.note ? (
                <span className="doc-item__note" lang={lang(d.note)}>
                  {text(d.note)}
                </span>
              ) : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
