import { findNamed, foldForMatch, matchNamed, NATIONALITIES, nationalityCode, STATELESS } from '../../../../src-main/api/reference-lists';
import type { OtherName, PickSource } from './PickListField';

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

/** Whether what is typed is in the entry's own (Vietnamese) name, not only in one of its other names. */
export function namedInVietnamese(entry: string, typed: string): boolean {
  const q = foldForMatch(typed);
  return q === '' || foldForMatch(entry).includes(q);
}

/**
 * The second name shown beside a nationality of the list (which is written in Vietnamese): on a
 * Vietnamese screen the English name, only when the entry was found by it ("poland" shows why
 * "Ba Lan" matched); on another screen the name in the screen's language, always. `stateless`
 * names the stateless answer in the language shown (English on a Vietnamese screen).
 */
export function nationalityDescriber(lang: string, stateless: string): (entry: string, typed: string) => OtherName | undefined {
  const shown = lang === 'vi' ? 'en' : lang;
  const name = regionNamer(shown);
  const other = (entry: string): OtherName | undefined => {
    const code = nationalityCode(entry);
    const text = entry === STATELESS ? stateless : code ? name(code) : undefined;
    return text ? { text, lang: shown } : undefined;
  };
  if (lang !== 'vi') return (entry) => other(entry);
  return (entry, typed) => (namedInVietnamese(entry, typed) ? undefined : other(entry));
}
