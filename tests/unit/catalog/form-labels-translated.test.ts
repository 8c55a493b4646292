import { describe, expect, it } from 'vitest';
import { Catalog, type LocalizedText, localized, shownLanguage } from '../../../src-main/api/channels/catalog';
import { bundledCatalogJson } from './catalog-fixtures';

// Arabic and Polish screens showed the dossier form's labels in English: every label, hint and
// choice of the bundled forms is now written in both.
const catalog = Catalog.parse(bundledCatalogJson());
const texts: { where: string; text: LocalizedText }[] = catalog.procedures.flatMap((p) =>
  p.formFields.flatMap((f) => [
    { where: `${p.code} ${f.id}`, text: f.label },
    ...(f.hint ? [{ where: `${p.code} ${f.id} hint`, text: f.hint }] : []),
    ...(f.notice ? [{ where: `${p.code} ${f.id} notice`, text: f.notice.text }] : []),
    ...(f.options ?? []).map((o) => ({ where: `${p.code} ${f.id}=${o.value}`, text: o.label })),
  ]),
);

describe('the bundled forms in Arabic and Polish', () => {
  it('has every field label, hint and choice in ar and pl, shown in the screen’s language', () => {
    expect(texts.length).toBeGreaterThan(400);
    for (const { where, text } of texts) {
      expect(shownLanguage(text, 'ar'), where).toBe('ar');
      expect(shownLanguage(text, 'pl'), where).toBe('pl');
    }
  });

  it('writes Arabic in Arabic script and Polish in Latin script, never the English left in', () => {
    for (const { where, text } of texts) {
      const ar = localized(text, 'ar');
      const pl = localized(text, 'pl');
      // Arabic: Arabic letters, digits and punctuation (the 54 and 24 of hints are words or digits);
      // a procedure's name is quoted as each language quotes: «…» and „…”.
      expect(ar, where).toMatch(/^[\p{Script=Arabic}\p{M}\d\s().,،؛:/«»-]+$/u);
      expect(pl, where).toMatch(/^[\p{Script=Latin}\d\s().,;:/–„”-]+$/u);
      if (text.en && text.en.length > 12) expect(pl, where).not.toBe(text.en);
    }
  });

  it('keeps one translation per meaning: the same Vietnamese and English label reads the same in ar and pl', () => {
    const byVi = new Map<string, { ar: string; pl: string; where: string }>();
    for (const { where, text } of texts) {
      const seen = byVi.get(`${text.vi}|${text.en}`);
      const now = { ar: localized(text, 'ar'), pl: localized(text, 'pl'), where };
      if (seen) expect({ ar: now.ar, pl: now.pl }, `${where} vs ${seen.where}`).toEqual({ ar: seen.ar, pl: seen.pl });
      else byVi.set(`${text.vi}|${text.en}`, now);
    }
  });
});
