const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The catalog's own words (folded), with how often each occurs. Used to read a mistyped word as
 * the catalog word it most likely meant: one letter wrong, missing, extra, or two neighbours
 * swapped ("khia" → "khai", "thuong tru" → itself, "chng thuc" → "chung thuc").
 */
export class Vocabulary {
  private readonly counts: ReadonlyMap<string, number>;
  private readonly sorted: readonly string[];

  /** From words as they occur (repeats count), or from counts already made. */
  constructor(words: Iterable<string> | Map<string, number>) {
    if (words instanceof Map) {
      this.counts = words;
    } else {
      const counts = new Map<string, number>();
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      this.counts = counts;
    }
    this.sorted = [...this.counts.keys()].sort();
  }

  has(word: string): boolean {
    return this.counts.has(word);
  }

  /** Whether some catalog word starts with `prefix` (binary search over the sorted words). */
  isPrefix(prefix: string): boolean {
    return this.sorted[this.lowerBound(prefix)]?.startsWith(prefix) ?? false;
  }

  /** Up to `max` catalog words that start with `prefix`, the most frequent first. */
  completions(prefix: string, max: number): string[] {
    const out: string[] = [];
    for (let i = this.lowerBound(prefix); i < this.sorted.length && (this.sorted[i] as string).startsWith(prefix); i++) {
      out.push(this.sorted[i] as string);
    }
    return out.sort((a, b) => (this.counts.get(b) ?? 0) - (this.counts.get(a) ?? 0) || a.localeCompare(b)).slice(0, max);
  }

  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The catalog words one edit from `term`, and `term` itself when the catalog has it. Unlike a
   * repair, a wrong letter counts in a short word too: "hom" is repaired to "ho" but may mean "hon".
   */
  near(term: string): string[] {
    const out = new Set<string>(this.has(term) ? [term] : []);
    for (const candidate of editsOf(term)) if (this.counts.has(candidate)) out.add(candidate);
    for (const candidate of substitutionsOf(term)) if (this.counts.has(candidate)) out.add(candidate);
    return [...out];
  }

  /**
   * The word as the catalog knows it. A known word, or the word being typed when it starts a known
   * word, stays as it is; a short word is never guessed at; otherwise the most frequent catalog
   * word one edit away wins (for the last word, also a known prefix one edit away).
   */
  repair(term: string, isLast: boolean): string {
    if (this.has(term) || /\d/.test(term) || (isLast && this.isPrefix(term))) return term;
    if (term.length < 3) return term;
    let best = term;
    let bestCount = 0;
    let prefixFallback: string | null = null;
    for (const candidate of editsOf(term)) {
      const count = this.counts.get(candidate) ?? 0;
      if (count > bestCount) {
        best = candidate;
        bestCount = count;
      } else if (count === 0 && isLast && prefixFallback === null && candidate.length >= 3 && this.isPrefix(candidate)) {
        prefixFallback = candidate;
      }
    }
    return bestCount > 0 ? best : (prefixFallback ?? term);
  }
}

/** Every string one edit from `w`: swap of neighbours, deletion, substitution, insertion. */
function* editsOf(w: string): Generator<string> {
  for (let i = 0; i + 1 < w.length; i++) yield w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  for (let i = 0; i < w.length; i++) yield w.slice(0, i) + w.slice(i + 1);
  for (let i = 0; i <= w.length; i++) for (const c of LETTERS) yield w.slice(0, i) + c + w.slice(i);
  // A wrong letter in a three-letter word could be almost anything: only from four letters on.
  if (w.length >= 4) yield* substitutionsOf(w);
}

/** Every string with one letter of `w` replaced by another. */
function* substitutionsOf(w: string): Generator<string> {
  for (let i = 0; i < w.length; i++) for (const c of LETTERS) if (c !== w[i]) yield w.slice(0, i) + c + w.slice(i + 1);
}
