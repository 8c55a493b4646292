import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../src-main/api/channels/catalog';
import { useNavigation } from '../../stores/navigation-store';
import { CatalogIcon } from './catalog-icons';
import { useLocalized } from './useLocalized';

/** Procedures as big rows: the name in large type, the time underneath, the whole row a button. Drawn again only for new hits. */
export const ResultList = memo(function ResultList({ hits }: { hits: readonly SearchHit[] }) {
  const { t } = useTranslation('catalog');
  const { text, lang } = useLocalized();
  const go = useNavigation((s) => s.go);
  return (
    <ol className="result-list" data-testid="catalog-results">
      {hits.map((h) => (
        <li key={h.code}>
          <button
            type="button"
            className="result-row"
            data-testid={`catalog-result-${h.code}`}
            onClick={() => go('catalog.procedure', { code: h.code })}
          >
            <span className="result-row__text">
              <span className="result-row__name" lang={lang(h.name)}>
                {text(h.name)}
              </span>
              <span className="result-row__meta">
                {h.processingTime ? (
                  <span lang={lang(h.processingTime)}>
                    <CatalogIcon name="clock" size={24} /> {text(h.processingTime)}
                  </span>
                ) : null}
                {h.onlineLevel !== 'none' || h.portal ? (
                  <span className="result-row__online">
                    <CatalogIcon name="online" size={24} />{' '}
                    {h.onlineLevel !== 'none' ? t(`procedure.onlineLevel.${h.onlineLevel}`) : t('procedure.portalShort')}
                  </span>
                ) : null}
              </span>
            </span>
            <span className="result-row__chevron flip-rtl">
              <CatalogIcon name="chevron" size={36} />
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
});
