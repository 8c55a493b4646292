import type { ElsewhereEntry, Procedure } from '../../../api/channels/catalog';
import { TermFolder } from './term-folder';

/** At most this many places are named on the no-result screen. */
const MAX_ANSWERS = 3;

/**
 * Finds, for a search that matched no procedure, the catalog's `elsewhere` entries the query is
 * about: an entry answers when one of its keywords, folded the way the search folds (accents,
 * Telex), appears as whole consecutive words in the folded query. "lam cccd" holds "cccd",
 * "ho chieu o dau" holds "hộ chiếu"; a word that merely starts like a keyword does not count.
 */
export class ElsewhereMatcher {
  private readonly folder = new TermFolder();
  private readonly keywords: readonly (readonly (readonly string[])[])[];

  constructor(private readonly entries: readonly ElsewhereEntry[]) {
    this.keywords = entries.map((e) => e.keywords.map((k) => this.folder.terms(k)).filter((t) => t.length > 0));
  }

  /** The entries the query is about, with the folded keywords it holds. */
  match(query: string): ElsewhereMatch[] {
    const words = this.folder.terms(query);
    if (words.length === 0) return [];
    const found: ElsewhereMatch[] = [];
    this.entries.forEach((entry, i) => {
      const phrases = (this.keywords[i] ?? []).filter((k) => containsRun(words, k));
      if (found.length < MAX_ANSWERS && phrases.length > 0) found.push({ entry, phrases });
    });
    return found;
  }

  /**
   * Whether a procedure's name, English name or keywords hold one of the phrases as consecutive
   * words: "Số liệu … bản đồ" holds the words of "sổ đỏ" but is not about it.
   */
  mentions(procedure: Procedure, matches: readonly ElsewhereMatch[]): boolean {
    const texts = [procedure.name.vi, procedure.name.en ?? '', ...procedure.keywords].map((t) => this.folder.terms(t));
    return matches.some((m) => m.phrases.some((k) => texts.some((words) => containsRun(words, k))));
  }
}

export interface ElsewhereMatch {
  readonly entry: ElsewhereEntry;
  readonly phrases: readonly (readonly string[])[];
}

/** Whether `run` appears in `words` as consecutive whole words. */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((w, j) => words[start + j] === w)) return true;
  }
  return false;
}
