import './catalog.css';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../../components/ScreenFrame';
import { type ScreenParams, useNavigation } from '../../stores/navigation-store';
import { queryKey, useCatalogUi } from './catalog-ui-store';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { useCatalogSearch } from './useCatalogSearch';
import { useFields } from './useFields';
import { useLocalized } from './useLocalized';

/** One field's procedures, with a search box that looks only inside this field. */
export function CatalogFieldScreen({ params }: { params: ScreenParams['catalog.field'] }) {
  const { t } = useTranslation('catalog');
  const { text } = useLocalized();
  const depth = useNavigation((s) => s.stack.length);
  const key = queryKey('catalog.field', depth, params.field);
  const query = useCatalogUi((s) => s.queries[key] ?? '');
  const setQuery = (q: string) => useCatalogUi.getState().setQuery(key, q);
  const { fields, failed } = useFields();
  const field = fields?.find((f) => f.id === params.field);
  // As on the search screen: keys first, the list a render later.
  const listed = useDeferredValue(query);
  const search = useCatalogSearch(listed, { field: params.field, limit: 100, enabled: field !== undefined });
  if ((fields && !field) || failed) {
    return (
      <ScreenFrame title={t('search.title')} testId="screen-catalog-field">
        <p className="catalog-message" role="alert">
          {t('field.notFound')}
        </p>
      </ScreenFrame>
    );
  }
  const name = field ? text(field.name) : '';
  return (
    <ScreenFrame title={name} testId="screen-catalog-field">
      {field?.description ? <p className="lead">{text(field.description)}</p> : null}
      <SearchBox value={query} onChange={setQuery} placeholder={t('search.fieldPlaceholder', { field: name })} />
      {field ? <SearchResults query={listed} state={search} retry={search.retry} /> : null}
    </ScreenFrame>
  );
}
