import { foldAccents, foldTelexToken, tokenize } from './fold';

/** Words as written, accents (precomposed or combining) included; a code keeps its dot. */
const RAW_WORD = /\d+\.\d*|[\p{L}\p{M}\p{N}]+/gu;

/**
 * Folds text to search terms (accents, `đ`, Telex and VNI leftovers), remembering each word as
 * written: a catalog of 20,000 procedures repeats a few thousand words, so each is folded once and
 * the Unicode normalisation is not paid again for every name.
 */
export class TermFolder {
  private readonly cache = new Map<string, readonly string[]>();

  terms(text: string): string[] {
    const out: string[] = [];
    for (const raw of text.match(RAW_WORD) ?? []) {
      let terms = this.cache.get(raw);
      if (terms === undefined) {
        // One written word can fold to more than one term (a code followed by letters splits, as the query would).
        terms = tokenize(foldAccents(raw))
          .map(foldTelexToken)
          .filter((t) => t.length > 0);
        this.cache.set(raw, terms);
      }
      for (const t of terms) out.push(t);
    }
    return out;
  }
}
