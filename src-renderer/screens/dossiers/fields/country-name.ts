import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { nationalityCode, STATELESS } from '../../../../src-main/api/reference-lists';
import { nationalitySource, regionNamer } from './nationality-names';
import type { PickSource } from './PickListField';

/**
 * Offered before anything is typed: most people at a commune center are Vietnamese, and a
 * stateless person (no country to type) finds their answer without searching for it.
 */
export const NATIONALITY_FIRST: readonly string[] = ['Việt Nam', STATELESS];

/**
 * A nationality of the list (written in Vietnamese, as the form keeps it) named in the screen's
 * language too, from the browser's CLDR data; nothing extra when the screen is in Vietnamese.
 */
export function useCountryName(lang: string): (entry: string) => string | undefined {
  const { t } = useTranslation('places');
  return useMemo(() => {
    if (lang === 'vi') return () => undefined;
    const stateless = t('stateless');
    const name = regionNamer(lang);
    return (entry: string) => {
      if (entry === STATELESS) return stateless;
      const code = nationalityCode(entry);
      return code ? name(code) : undefined;
    };
  }, [lang, t]);
}

/** The nationality list searched by its English names and the screen language's too (nationality-names.ts). */
export function useNationalitySource(lang: string): PickSource {
  const { t } = useTranslation('places');
  return useMemo(() => nationalitySource(lang, [t('stateless', { lng: 'en' }), t('stateless')]), [lang, t]);
}
