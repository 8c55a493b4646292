import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LOCALES_DIR = fileURLToPath(new URL('../../../src-renderer/i18n/locales', import.meta.url));
const LANGUAGES = ['vi', 'en', 'ar', 'pl'] as const;
const REFERENCE = 'vi';
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Json = { [key: string]: string | Json };

function flatten(obj: Json, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

function load(lang: string, ns: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(LOCALES_DIR, lang, `${ns}.json`), 'utf8')) as Json);
}

/** A key as the code uses it: plural forms collapse to their base, each with the language's own forms. */
function baseKeys(keys: Iterable<string>): Set<string> {
  return new Set([...keys].map((k) => k.replace(PLURAL_SUFFIX, '')));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] as string).sort();
}

const namespaces = new Set(LANGUAGES.flatMap((lang) => readdirSync(join(LOCALES_DIR, lang)).map((f) => f.replace(/\.json$/, ''))));

describe.each([...namespaces])('locale namespace %s', (ns) => {
  it.each(LANGUAGES)('exists in %s', (lang) => {
    expect(readdirSync(join(LOCALES_DIR, lang))).toContain(`${ns}.json`);
  });

  it.each(LANGUAGES)('%s has every key of vi and no other, all non-empty', (lang) => {
    const reference = load(REFERENCE, ns);
    const strings = load(lang, ns);
    expect([...baseKeys(strings.keys())].sort()).toEqual([...baseKeys(reference.keys())].sort());
    for (const [key, text] of strings) expect(text.trim(), `${lang}/${ns}: ${key}`).not.toBe('');
  });

  it.each(LANGUAGES)('%s has every plural form its language needs', (lang) => {
    const strings = load(lang, ns);
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const pluralBases = baseKeys([...load(REFERENCE, ns).keys(), ...strings.keys()].filter((k) => PLURAL_SUFFIX.test(k)));
    for (const base of pluralBases) {
      for (const form of needed) expect(strings.has(`${base}_${form}`), `${lang}/${ns}: ${base}_${form}`).toBe(true);
    }
  });

  it.each(LANGUAGES)('%s uses the same {{placeholders}} as vi', (lang) => {
    const reference = load(REFERENCE, ns);
    const strings = load(lang, ns);
    for (const [key, text] of strings) {
      const refText = reference.get(key) ?? reference.get(key.replace(PLURAL_SUFFIX, '_other'));
      if (refText === undefined) continue;
      const mine = new Set(placeholders(text));
      // A plural form may say "one" in words instead of {{count}}.
      const theirs = new Set(placeholders(refText).filter((p) => !(p === 'count' && PLURAL_SUFFIX.test(key))));
      for (const p of theirs) expect(mine.has(p), `${lang}/${ns}: ${key} lacks {{${p}}}`).toBe(true);
      for (const p of mine) expect(placeholders(refText), `${lang}/${ns}: ${key} has an unknown {{${p}}}`).toContain(p);
    }
  });
});
