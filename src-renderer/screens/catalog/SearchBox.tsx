import { useTranslation } from 'react-i18next';
import { CatalogIcon } from './catalog-icons';

/**
 * The catalog's search field, kept small and self-contained so the on-screen Vietnamese keyboard
 * can drive it (value/onChange) as well as a hardware keyboard or a barcode scanner that types.
 */
export function SearchBox({
  value,
  onChange,
  onSubmit,
  placeholder,
  autoFocus = false,
}: {
  value: string;
  onChange(value: string): void;
  onSubmit?(value: string): void;
  placeholder: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation('catalog');
  return (
    <search className="search-box">
      <form
        className="search-box__form"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit?.(value);
        }}
      >
        <label className="search-box__field">
          <span className="visually-hidden">{t('search.label')}</span>
          <CatalogIcon name="search" size={40} />
          <input
            className="search-box__input"
            data-testid="catalog-search-input"
            type="search"
            value={value}
            placeholder={placeholder}
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="search"
            maxLength={200}
            // biome-ignore lint/a11y/noAutofocus: only where a screen exists to type into, so a hardware keyboard works at once
            autoFocus={autoFocus}
            onChange={(e) => onChange(e.target.value)}
          />
        </label>
        {value ? (
          <button type="button" className="search-box__clear" onClick={() => onChange('')} data-testid="catalog-search-clear">
            <CatalogIcon name="close" size={36} />
            <span className="visually-hidden">{t('search.clear')}</span>
          </button>
        ) : null}
      </form>
    </search>
  );
}
