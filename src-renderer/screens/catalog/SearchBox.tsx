import { useTranslation } from 'react-i18next';
import { KioskTextField } from '../../components/keyboard';
import { CatalogIcon } from './catalog-icons';

/**
 * The catalog's search field: the kiosk's KioskTextField (on-screen Vietnamese keyboard, Telex,
 * hardware keyboard, a barcode scanner that types) with a search icon and a clear button.
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
        <KioskTextField
          className="search-box__field"
          label={t('search.label')}
          hideLabel
          icon={<CatalogIcon name="search" size={40} />}
          testId="catalog-search-input"
          value={value}
          onChange={onChange}
          onSubmit={() => onSubmit?.(value)}
          placeholder={placeholder}
          maxLength={200}
          autoCapitalize="none"
          autoFocus={autoFocus}
        />
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
