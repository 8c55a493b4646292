import { foldToTerms } from './fold';

/**
 * Folds text to search terms (accents, `đ`, Telex and VNI leftovers), remembering each
 * space-separated piece as written: a catalog of 20,000 procedures repeats a few thousand words,
 * so each is folded once and the Unicode normalisation is not paid again for every name. Folding
 * never joins or splits anything across a space, so piece by piece gives the same terms as
 * `foldToTerms` on the whole text (a property test holds it to that).
 */
export class TermFolder {
  private readonly cache = new Map<string, readonly string[]>();

  terms(text: string): string[] {
    const out: string[] = [];
    for (const piece of text.split(' ')) {
      if (piece === '') continue;
      let terms = this.cache.get(piece);
      if (terms === undefined) {
        terms = foldToTerms(piece);
        this.cache.set(piece, terms);
      }
      for (const t of terms) out.push(t);
    }
    return out;
  }
}
