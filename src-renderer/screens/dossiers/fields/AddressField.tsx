import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeOf, withPlace } from '../../../../src-main/api/places/address-parts';
import { communeEntry, matchCommunes } from '../../../../src-main/api/places/communes';
import { listEntry, namesOldDistrict } from '../../../../src-main/api/reference-lists';
import { Icon } from '../../../components/Icon';
import { KioskTextField } from '../../../components/keyboard';
import { type DossierFieldProps, PickListField } from './PickListField';
import { useMergers } from './use-mergers';
import { wardsOf } from './wards-of';
import './places.css';

const SUGGESTED = 6;

/**
 * An address (residence, birth place, business seat): typed or read from the card as one text,
 * whose end must name a commune or ward and its province as they are since 1 July 2025. When it
 * does, a line says which; when it does not (nothing yet, an old province, a district that no
 * longer exists), the citizen picks the province, then the commune or ward from that province's
 * list, and the text is rewritten with them, the abolished units dropped. An old address's commune
 * is looked up in the table of the 2025 mergers: the province and commune it became part of are
 * offered first, then today's communes named like it. `oldNote` replaces the default warning about an old address (the
 * applicant's, which may also be confirmed as it is).
 */
export function AddressField(props: DossierFieldProps & { oldNote?: ReactNode }) {
  const { oldNote, ...field } = props;
  const { value, onChange, testId } = field;
  const { t } = useTranslation('places');
  const place = placeOf(value);
  const [province, setProvince] = useState(place.province ?? '');
  const [commune, setCommune] = useState('');
  const [changing, setChanging] = useState(false);
  const current = place.province !== null && place.commune !== null && !changing;
  const mergedInto = useMergers(!current);
  const merged = mergedInto ? mergedInto(value) : [];
  // The text's own province (typed, or from the card) starts the picker, once it names one; an old
  // province (merged away in 2025) is replaced by the one its commune went to.
  const startProvince = place.province ?? merged[0]?.province ?? null;
  useEffect(() => {
    if (startProvince) setProvince(startProvince);
  }, [startProvince]);
  const chosenProvince = listEntry('provinces', province);
  const pickCommune = (typed: string) => {
    const entry = chosenProvince ? communeEntry(chosenProvince, typed) : null;
    if (chosenProvince && entry === typed) {
      onChange(withPlace(value, entry, chosenProvince));
      setCommune('');
      setChanging(false);
    } else {
      setCommune(typed);
    }
  };
  const old = namesOldDistrict(value);
  const mergedHere = merged.filter((m) => m.province === chosenProvince).map((m) => m.commune);
  const alike = chosenProvince && place.oldCommune ? matchCommunes(chosenProvince, place.oldCommune, SUGGESTED) : [];
  // What the old commune became, when the table knows; otherwise today's communes named like it.
  const suggest = mergedHere.length > 0 ? mergedHere.slice(0, SUGGESTED) : alike;
  const suggestLabel = !place.oldCommune ? undefined : t(mergedHere.length > 0 ? 'merged' : 'suggested', { name: place.oldCommune });
  return (
    <div className="dossier-address">
      <KioskTextField {...field} hint={field.hint ?? t('addressHint')} maxLength={300} required={field.required ?? false} multiline />
      {old
        ? (oldNote ?? (
            <p className="dossier-note dossier-note--warn" role="note" data-testid={`${testId}-old`}>
              <Icon name="alert" size={28} /> {t('old')}
            </p>
          ))
        : null}
      {current ? (
        <p className="dossier-place__current" data-testid={`${testId}-place`}>
          <Icon name="check" size={28} />
          <span>{t('current', { commune: place.commune, province: place.province })}</span>
          <button type="button" className="dossier-picklist__match" onClick={() => setChanging(true)} data-testid={`${testId}-change`}>
            {t('change')}
          </button>
        </p>
      ) : (
        <fieldset className="dossier-place" data-testid={`${testId}-picker`}>
          <legend className="dossier-place__title">{t('title')}</legend>
          <p className="dossier-place__lead">{t('lead')}</p>
          <PickListField
            list="provinces"
            label={t('province')}
            hint={t('provinceHint')}
            value={province}
            onChange={setProvince}
            testId={`${testId}-province`}
          />
          <PickListField
            source={wardsOf(chosenProvince)}
            label={t('commune')}
            hint={chosenProvince ? t('communeHint') : t('communeFirst')}
            value={commune}
            onChange={pickCommune}
            disabled={!chosenProvince}
            suggest={suggest}
            suggestLabel={suggestLabel}
            testId={`${testId}-commune`}
          />
        </fieldset>
      )}
    </div>
  );
}
