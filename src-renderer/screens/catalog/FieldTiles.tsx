import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSummary } from '../../../src-main/api/channels/catalog';
import { Tile } from '../../components/Tile';
import { useNavigation } from '../../stores/navigation-store';
import { CatalogIcon } from './catalog-icons';
import { useLocalized } from './useLocalized';

/** The fields as large tiles: the first thing a person unsure of a procedure's name can touch. */
export const FieldTiles = memo(function FieldTiles({ fields }: { fields: readonly FieldSummary[] }) {
  const { t } = useTranslation('catalog');
  const { text, lang } = useLocalized();
  const go = useNavigation((s) => s.go);
  return (
    <div className="tile-grid catalog-fields" data-testid="catalog-fields">
      {fields
        .filter((f) => f.count > 0)
        .map((f) => (
          <Tile
            key={f.id}
            testId={`catalog-field-${f.id}`}
            title={text(f.name)}
            subtitle={t('search.fieldCount', { count: f.count })}
            icon={<CatalogIcon name={f.icon} size={56} />}
            lang={lang(f.name)}
            onPress={() => go('catalog.field', { field: f.id })}
          />
        ))}
    </div>
  );
});
