import { foldAccents, foldTelexToken, tokenize } from './fold';

/**
 * Folds text to search terms (accents, `đ`, Telex and VNI leftovers), remembering each word: a
 * catalog of 20,000 procedures repeats a few thousand words, so each is folded once.
 */
export class TermFolder {
  private readonly cache = new Map<string, string>();

  terms(text: string): string[] {
    const out: string[] = [];
    for (const raw of tokenize(foldAccents(text))) {
      let term = this.cache.get(raw);
      if (term === undefined) {
        term = foldTelexToken(raw);
        this.cache.set(raw, term);
      }
      if (term) out.push(term);
    }
    return out;
  }
}
