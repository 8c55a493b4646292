import { findNamed, foldForMatch, matchNamed, NATIONALITIES, nationalityCode, STATELESS } from '../../../../src-main/api/reference-lists';
import type { PickSource } from './PickListField';

/**
 * A region's name in a language from the ICU data of the browser (or Node): Unicode CLDR through
 * `Intl.DisplayNames`, keyed by the list's ISO 3166-1 codes, so no names are copied into the
 * kiosk. Null when the runtime does not know the language or the region.
 */
export function regionNamer(lang: string): (code: string) => string | undefined {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  } catch {
    names = null;
  }
  return (code) => names?.of(code) ?? undefined;
}

const built = new Map<string, ReadonlyMap<string, readonly string[]>>();

/**
 * Each nationality's other names, folded for matching: the country in each of `langs` (English
 * and the screen's language), and for the stateless answer the words `statelessNames` gives (its
 * translations). Built once per set of languages.
 */
export function nationalityNames(langs: readonly string[], statelessNames: readonly string[]): (entry: string) => readonly string[] {
  const key = `${langs.join(',')}|${statelessNames.join(',')}`;
  let table = built.get(key);
  if (!table) {
    const namers = langs.map(regionNamer);
    const rows = new Map<string, readonly string[]>();
    for (const entry of NATIONALITIES) {
      const code = nationalityCode(entry);
      const names = entry === STATELESS ? statelessNames : code ? namers.map((name) => name(code) ?? '') : [];
      rows.set(entry, [...new Set(names.map(foldForMatch).filter((n) => n !== ''))]);
    }
    table = rows;
    built.set(key, table);
  }
  const found = table;
  return (entry) => found.get(entry) ?? [];
}

/**
 * The nationality pick list searched in Vietnamese, English and the screen's language ("poland",
 * "polska", "بولندا" and "ba lan" all find "Ba Lan"), accents not needed; what is kept is the
 * Vietnamese entry the form records.
 */
export function nationalitySource(lang: string, statelessNames: readonly string[]): PickSource {
  const names = nationalityNames(
    [...new Set(['en', lang])].filter((l) => l !== 'vi'),
    statelessNames,
  );
  return {
    find: (value) => findNamed(NATIONALITIES, value, names),
    match: (typed, limit) => matchNamed(NATIONALITIES, typed, limit, names),
  };
}
