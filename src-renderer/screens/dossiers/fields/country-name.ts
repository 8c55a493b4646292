import { useMemo } from 'react';
import { nationalityCode } from '../../../../src-main/api/reference-lists';

/** Offered before anything is typed: most people at a commune center are Vietnamese. */
export const NATIONALITY_FIRST: readonly string[] = ['Việt Nam'];

/**
 * A nationality of the list (written in Vietnamese, as the form keeps it) named in the screen's
 * language too, from the browser's CLDR data; nothing extra when the screen is in Vietnamese.
 */
export function useCountryName(lang: string): (entry: string) => string | undefined {
  return useMemo(() => {
    if (lang === 'vi') return () => undefined;
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    return (entry: string) => {
      const code = nationalityCode(entry);
      return code && names ? names.of(code) : undefined;
    };
  }, [lang]);
}
