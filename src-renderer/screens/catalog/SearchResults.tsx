import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TouchButton } from '../../components/TouchButton';
import { useNavigation } from '../../stores/navigation-store';
import { ResultList } from './ResultList';
import type { ElsewherePlace, SearchState } from './useCatalogSearch';
import { useLocalized } from './useLocalized';

/**
 * The state of a search as a citizen should see it: results, nothing found (said honestly, with a
 * queue number to ask at the counter), or a failure.
 */
export const SearchResults = memo(function SearchResults({ query, state, retry }: { query: string; state: SearchState; retry(): void }) {
  const { t } = useTranslation('catalog');
  const stale = state.status === 'loading' || state.status === 'idle';
  const slow = useLasting(stale, DIM_AFTER_MS);
  if (state.status === 'error') {
    return (
      <div className="catalog-message" role="alert">
        <p>{t('search.error')}</p>
        <TouchButton variant="primary" onClick={retry}>
          {t('search.retry')}
        </TouchButton>
      </div>
    );
  }
  if (state.status === 'done' && state.hits.length === 0 && query.trim() !== '') {
    return (
      <div className="catalog-message" role="status" data-testid="catalog-no-results">
        <p className="catalog-message__title">{t('search.noResults', { query: query.trim() })}</p>
        {state.elsewhere && state.elsewhere.length > 0 ? <ElsewhereList places={state.elsewhere} /> : <p>{t('search.noResultsHere')}</p>}
        <TouchButton
          variant="primary"
          size="large"
          icon="ticket"
          onClick={() => useNavigation.getState().go('ticket.services', {})}
          data-testid="catalog-no-results-ticket"
        >
          {t('search.takeNumber')}
        </TouchButton>
        <p>{t('search.noResultsHint')}</p>
      </div>
    );
  }
  // While a new answer is on its way the old rows stay (no flicker) and are not counted; they are
  // dimmed when the answer is slow to come. Dimming at every key repainted the whole list in the
  // frame that should only draw the key (bench:tap).
  const heading = stale
    ? t('search.searching')
    : query.trim() === ''
      ? t('search.allInField')
      : t('search.resultCount', { count: state.total });
  return (
    <section aria-labelledby="catalog-results-title" aria-busy={stale} className={slow ? 'catalog-results--stale' : undefined}>
      <h2 id="catalog-results-title" className="catalog-section-title" data-testid="catalog-results-title" aria-live="polite">
        {heading}
      </h2>
      <ResultList hits={state.hits} />
    </section>
  );
});

/** Where the things asked for are done, as the catalog records it, and that the desk can still help. */
function ElsewhereList({ places }: { places: readonly ElsewherePlace[] }) {
  const { t } = useTranslation('catalog');
  const { text, lang } = useLocalized();
  return (
    <>
      <ul className="catalog-elsewhere" data-testid="catalog-elsewhere">
        {places.map((p) => (
          <li key={p.id} data-testid={`catalog-elsewhere-${p.id}`}>
            <p className="catalog-elsewhere__task" lang={lang(p.task)}>
              {text(p.task)}
            </p>
            <p>
              {t('search.elsewherePlace')} <strong lang={lang(p.place)}>{text(p.place)}</strong>
            </p>
            {p.note ? <p lang={lang(p.note)}>{text(p.note)}</p> : null}
          </li>
        ))}
      </ul>
      <p>{t('search.elsewhereAsk')}</p>
    </>
  );
}

const DIM_AFTER_MS = 400;

/** Whether `on` has been true for `ms` without a break. */
function useLasting(on: boolean, ms: number): boolean {
  const [lasting, setLasting] = useState(false);
  useEffect(() => {
    setLasting(false);
    if (!on) return;
    const timer = setTimeout(() => setLasting(true), ms);
    return () => clearTimeout(timer);
  }, [on, ms]);
  return on && lasting;
}
