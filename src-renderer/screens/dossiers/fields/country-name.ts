import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { STATELESS } from '../../../../src-main/api/reference-lists';
import { nationalityDescriber, nationalitySource } from './nationality-names';
import type { OtherName, PickSource } from './PickListField';

/**
 * Offered before anything is typed: most people at a commune center are Vietnamese, and a
 * stateless person (no country to type) finds their answer without searching for it.
 */
export const NATIONALITY_FIRST: readonly string[] = ['Việt Nam', STATELESS];

/**
 * A nationality of the list (written in Vietnamese, as the form keeps it) named in the screen's
 * language too, from the browser's CLDR data; on a Vietnamese screen its English name when that
 * is what was typed (nationality-names.ts).
 */
export function useCountryName(lang: string): (entry: string, typed: string) => OtherName | undefined {
  const { t } = useTranslation('places');
  return useMemo(() => nationalityDescriber(lang, t('stateless', { lng: lang === 'vi' ? 'en' : lang })), [lang, t]);
}

/** The nationality list searched by its English names and the screen language's too (nationality-names.ts). */
export function useNationalitySource(lang: string): PickSource {
  const { t } = useTranslation('places');
  return useMemo(() => nationalitySource(lang, [t('stateless', { lng: 'en' }), t('stateless')]), [lang, t]);
}
