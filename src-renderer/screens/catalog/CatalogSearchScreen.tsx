import './catalog.css';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { procedureCodeFromPayload } from '../../../src-main/api/codes';
import { ScreenFrame } from '../../components/ScreenFrame';
import { TouchButton } from '../../components/TouchButton';
import { type ScreenParams, useNavigation } from '../../stores/navigation-store';
import { queryKey, useCatalogUi } from './catalog-ui-store';
import { FieldTiles } from './FieldTiles';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { useCatalogSearch } from './useCatalogSearch';
import { useFields } from './useFields';

/** The catalog's front page: a search box and the fields as large tiles; results replace the tiles as you type. */
export function CatalogSearchScreen({ params }: { params: ScreenParams['catalog.search'] }) {
  const { t } = useTranslation('catalog');
  const depth = useNavigation((s) => s.stack.length);
  const go = useNavigation((s) => s.go);
  const key = queryKey('catalog.search', depth);
  const query = useCatalogUi((s) => s.queries[key] ?? params.query ?? '');
  const setQuery = (q: string) => useCatalogUi.getState().setQuery(key, q);
  // The box shows each key at once; the results follow the text in a render of their own that a
  // next key interrupts, so a key never waits for the list (bench:tap).
  const listed = useDeferredValue(query);
  const searching = listed.trim() !== '';
  const search = useCatalogSearch(listed, { enabled: searching });
  const { fields } = useFields();
  // A QR code read by a scanner that types (or a code typed by hand) opens the procedure directly.
  const scanned = procedureCodeFromPayload(query);
  return (
    <ScreenFrame title={t('search.title')} testId="screen-catalog-search">
      <p className="lead">{t('search.lead')}</p>
      <SearchBox
        value={query}
        onChange={setQuery}
        placeholder={t('search.placeholder')}
        onSubmit={() => {
          if (scanned) go('catalog.procedure', { code: scanned });
        }}
      />
      {scanned ? (
        <TouchButton
          variant="primary"
          size="large"
          className="catalog-open-scanned"
          onClick={() => go('catalog.procedure', { code: scanned })}
        >
          {t('search.openScanned', { code: scanned })}
        </TouchButton>
      ) : null}
      {searching ? <SearchResults query={listed} state={search} retry={search.retry} /> : null}
      {/* With nothing typed, or nothing found, the fields are always there to touch instead. */}
      {fields && (!searching || (search.status === 'done' && search.hits.length === 0)) ? (
        <section aria-labelledby="catalog-fields-title">
          <h2 id="catalog-fields-title" className="catalog-section-title">
            {t('search.fieldsTitle')}
          </h2>
          <FieldTiles fields={fields} />
        </section>
      ) : null}
    </ScreenFrame>
  );
}
