import { Index } from 'flexsearch';
import type { Catalog, Procedure } from '../../../api/channels/catalog';
import { TermFolder } from './term-folder';
import { Vocabulary } from './vocabulary';

export interface IndexHit {
  readonly procedure: Procedure;
  readonly score: number;
}

export interface SearchOptions {
  readonly field?: string;
  readonly limit: number;
}

const CODE_QUERY = /^\d[\d.\s]*$/;
/** How many candidates each index returns for re-ranking (more when a field filter drops some). */
const CANDIDATES = 200;
const CANDIDATES_WIDE = 2000;
/** How many catalog words a lone unfinished word ("kha") is completed to. */
const COMPLETIONS = 8;
/** Name first: a name match outweighs a keyword or English-name match. */
const WEIGHT_NAME = 3;
const WEIGHT_EXTRA = 1.5;
/** Matches that miss a word (FlexSearch `suggest`) rank below every full match. */
const WEIGHT_PARTIAL = 0.3;
/** A match missing some query words needs this many of them (and at least half). */
const MIN_PARTIAL_WORDS = 2;
/**
 * A word the vocabulary had to guess at counts toward that threshold only where it stands within
 * this many words of another query word, in one name, keyword or English name.
 */
const GUESS_REACH = 2;
/**
 * From this many typed words on, a match that misses some must also hold two of them side by side as
 * typed ("khai sinh" of "lam giay khai sinh"): "bảo vệ … quốc tế" holds "bao" and "te" of "bao hiem y
 * te" apart, which is no answer to it.
 */
const MIN_PHRASE_QUERY_WORDS = 3;
/**
 * That phrase needs a word longer than this: two one- or two-letter syllables side by side ("y te",
 * "ho so") stand, with the accents folded away, for too many words to show the query's phrase;
 * "nhân viên y tế" in a long land name is no answer to "bao hiem y te".
 */
const SHORT_SYLLABLE = 2;
/** A procedure listed only because the query names its field ("ho tich") ranks below any word match. */
const FIELD_ONLY_SCORE = 0.2;

const splitSpaces = (text: string): string[] => (text === '' ? [] : text.split(' '));

/** A query word as the partial-match threshold reads it: as typed, or the catalog words near a guess. */
interface Reading {
  readonly words: readonly string[];
  readonly guessed: boolean;
}

/** `1.001193` is also found as `001193` and `1001193`, as people read it off a paper. */
function codeForms(code: string): string[] {
  const [, tail = ''] = code.split('.');
  return [code, code.replace('.', ''), tail];
}

function newIndex(): Index {
  // Text reaches FlexSearch already folded (accents, đ, Telex), so its encoder only splits words.
  // Whole words with a contextual index: words that follow each other in the name as in the query
  // rank first, which is what finds "dang ky khai sinh" among thousands of "dang ky …". An
  // unfinished last word is handled by the caller (prefix filter or completion), which costs far
  // less to build than indexing every prefix.
  return new Index({ tokenize: 'strict', encode: splitSpaces, resolution: 9, context: { depth: 1, bidirectional: false, resolution: 9 } });
}

/**
 * The search index of one catalog version, built once per version. FlexSearch was chosen over
 * MiniSearch by measurement (docs/catalog-search.md): its pre-ranked index answers a 20,000
 * procedure catalog in a millisecond or two. FlexSearch has no edit-distance matching, so typos are
 * repaired first against the catalog's own words (`Vocabulary`), and results are re-ranked so the
 * procedure whose name holds the typed phrase comes first.
 */
export class ProcedureIndex {
  private readonly procedures: readonly Procedure[];
  private readonly folder = new TermFolder();
  private readonly names = newIndex();
  /** Keywords and English names. */
  private readonly extras = newIndex();
  /** ` dang ky khai sinh ` per procedure, for the name-first bonus. */
  private readonly foldedNames: readonly string[];
  private readonly foldedKeywords: readonly (readonly string[])[];
  /** ` name keywords english name ` per procedure, to count which query words a partial match holds. */
  private readonly foldedAll: readonly string[];
  /** The folded English name per procedure ('' when none), for the guessed-word reach. */
  private readonly foldedEnglish: readonly string[];
  private readonly vocabulary: Vocabulary;
  /** Folded words of each field's names, to list a whole field when the query names it. */
  private readonly fieldWords: ReadonlyMap<string, readonly string[]>;

  constructor(catalog: Catalog) {
    this.procedures = catalog.procedures;
    const counts = new Map<string, number>();
    const fold = (text: string): string => {
      const terms = this.folder.terms(text);
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      return terms.join(' ');
    };
    this.fieldWords = new Map(catalog.fields.map((f) => [f.id, splitSpaces(fold(`${f.name.vi} ${f.name.en ?? ''}`))]));
    const names: string[] = [];
    const keywords: string[][] = [];
    const all: string[] = [];
    const english: string[] = [];
    catalog.procedures.forEach((p, id) => {
      const name = fold(p.name.vi);
      const kws = p.keywords.map(fold);
      names.push(` ${name} `);
      keywords.push(kws.map((k) => ` ${k} `));
      this.names.add(id, name);
      const en = p.name.en ? fold(p.name.en) : '';
      english.push(en);
      const extra = [...kws, en].filter(Boolean).join(' ');
      if (extra) this.extras.add(id, extra);
      all.push(` ${name} ${extra} `);
    });
    this.foldedNames = names;
    this.foldedAll = all;
    this.foldedEnglish = english;
    this.foldedKeywords = keywords;
    this.vocabulary = new Vocabulary(counts);
  }

  get size(): number {
    return this.procedures.length;
  }

  query(query: string, options: SearchOptions): { hits: IndexHit[]; total: number } {
    const filter = options.field ? (id: number) => this.procedures[id]?.field === options.field : null;
    const trimmed = query.trim();
    if (trimmed === '') {
      const all = filter ? this.procedures.filter((_, id) => filter(id)) : this.procedures;
      return { hits: all.slice(0, options.limit).map((procedure) => ({ procedure, score: 0 })), total: all.length };
    }
    if (CODE_QUERY.test(trimmed)) return this.byCode(trimmed.replace(/\s/g, ''), filter, options.limit);

    const typed = this.folder.terms(trimmed);
    const terms = typed.map((t, i, all) => this.vocabulary.repair(t, i === all.length - 1));
    if (terms.length === 0) return { hits: [], total: 0 };
    const folded = terms.join(' ');
    const last = terms[terms.length - 1] as string;
    const lastComplete = this.vocabulary.has(last);
    const words = lastComplete ? terms : terms.slice(0, -1);
    const limit = filter || !lastComplete ? CANDIDATES_WIDE : CANDIDATES;
    const scores = new Map<number, number>();
    const collect = (ids: readonly number[], weight: number) => {
      ids.forEach((id, rank) => {
        if (filter && !filter(id)) return;
        // The word being typed must start some word of the procedure's name or keywords.
        if (!lastComplete && !this.hasWordStarting(id, last)) return;
        scores.set(id, (scores.get(id) ?? 0) + weight / (1 + 0.02 * rank));
      });
    };
    if (words.length > 0) {
      const phrase = words.join(' ');
      collect(this.names.search(phrase, { limit }) as number[], WEIGHT_NAME);
      collect(this.extras.search(phrase, { limit }) as number[], WEIGHT_EXTRA);
    } else {
      // A lone unfinished word: search the catalog words it can become, the commonest first.
      this.vocabulary.completions(last, COMPLETIONS).forEach((word, i) => {
        const weight = 1 / (1 + i * 0.1);
        collect(this.names.search(word, { limit: CANDIDATES }) as number[], WEIGHT_NAME * weight);
        collect(this.extras.search(word, { limit: CANDIDATES }) as number[], WEIGHT_EXTRA * weight);
      });
    }
    // Every word must match first; only when that finds little do partial matches count, below.
    if (scores.size < 5 && terms.length > 1) {
      const full = new Set(scores.keys());
      // A last word still being typed ("thuong tr…") is not yet evidence either way. The words typed
      // as the catalog spells them must pass the threshold; a word the vocabulary had to guess at
      // ("hom" read as "ho", meant "hon") counts too, held by any catalog word one edit from what
      // was typed and standing beside another query word, so "ho chieu" read as "ho chien" is not
      // answered by every name holding "hộ", nor by one holding "thiểu" far from its "Hỗ".
      const counted = typed.filter((_, i) => !(i === terms.length - 1 && !lastComplete && this.vocabulary.isPrefix(terms[i] as string)));
      const weighed: Reading[] = counted.map((t, i) =>
        terms[i] === t ? { words: [t], guessed: false } : { words: this.vocabulary.near(t), guessed: true },
      );
      const exact = weighed.filter((r) => !r.guessed);
      const partial = new Map<number, number>();
      const collectPartial = (ids: readonly number[], weight: number) =>
        ids.forEach((id, rank) => {
          if (full.has(id) || (filter && !filter(id)) || !this.relevantPartial(id, exact) || !this.relevantPartial(id, weighed)) return;
          if (weighed.length >= MIN_PHRASE_QUERY_WORDS && !this.holdsPhrase(id, weighed)) return;
          partial.set(id, (partial.get(id) ?? 0) + (weight * WEIGHT_PARTIAL) / (1 + 0.02 * rank));
        });
      const partialQuery = words.join(' ') || folded;
      collectPartial(this.names.search(partialQuery, { limit, suggest: true }) as number[], WEIGHT_NAME);
      collectPartial(this.extras.search(partialQuery, { limit, suggest: true }) as number[], WEIGHT_EXTRA);
      for (const [id, s] of partial) scores.set(id, s);
    }
    const named = this.namedFields(terms, options.field);
    if (named.size > 0) {
      this.procedures.forEach((p, id) => {
        if (named.has(p.field) && !scores.has(id)) scores.set(id, FIELD_ONLY_SCORE);
      });
    }
    const ranked = [...scores]
      .map(([id, score]) => ({ id, score: score * this.nameBonus(id, folded) }))
      .sort((a, b) => b.score - a.score || a.id - b.id);
    return {
      hits: ranked.slice(0, options.limit).map((r) => ({ procedure: this.procedures[r.id] as Procedure, score: round(r.score) })),
      total: ranked.length,
    };
  }

  /**
   * The relevance threshold for a match that misses some query words: it must hold at least two of
   * them (whole words) and at least half. One shared common word ("ho" of "ho chieu", "lam" of "lam cccd") is
   * not an answer, and the citizen is better told that this center has nothing for it.
   */
  private relevantPartial(id: number, terms: readonly Reading[]): boolean {
    const text = this.foldedAll[id] ?? '';
    // Whole words only: an unfinished "te" that starts "temporary" is no evidence. Each query word
    // is held by any of its readings (one, or the catalog words near a guessed one); a guessed word
    // only beside another query word, since a long name holds some word one edit from almost
    // anything ("chieu" → "thiểu" twenty words after "Hỗ trợ").
    const held = terms.filter(
      (r, i) => r.words.some((t) => text.includes(` ${t} `)) && (!r.guessed || this.besideAnother(id, terms, i)),
    ).length;
    return held >= Math.min(MIN_PARTIAL_WORDS, terms.length) && held * 2 >= terms.length;
  }

  /** Whether a reading of query word `i` stands within GUESS_REACH words of another query word's reading. */
  private besideAnother(id: number, terms: readonly Reading[], i: number): boolean {
    const own = terms[i]?.words ?? [];
    const other = (w: string) => terms.some((r, j) => j !== i && r.words.includes(w));
    const segments = [this.foldedNames[id] ?? '', ...(this.foldedKeywords[id] ?? []), this.foldedEnglish[id] ?? ''];
    return segments.some((segment) => {
      const words = splitSpaces(segment.trim());
      return words.some(
        (w, p) =>
          own.includes(w) &&
          words.slice(Math.max(0, p - GUESS_REACH), p + GUESS_REACH + 1).some((v, k) => k !== Math.min(p, GUESS_REACH) && other(v)),
      );
    });
  }

  /** Whether two neighbouring query words (any of their readings) stand side by side in the procedure's text. */
  private holdsPhrase(id: number, terms: readonly Reading[]): boolean {
    const text = this.foldedAll[id] ?? '';
    for (let i = 0; i + 1 < terms.length; i++) {
      for (const a of terms[i]?.words ?? [])
        for (const b of terms[i + 1]?.words ?? [])
          if (Math.max(a.length, b.length) > SHORT_SYLLABLE && text.includes(` ${a} ${b} `)) return true;
    }
    return false;
  }

  private hasWordStarting(id: number, prefix: string): boolean {
    const needle = ` ${prefix}`;
    return (this.foldedNames[id] ?? '').includes(needle) || (this.foldedKeywords[id] ?? []).some((k) => k.includes(needle));
  }

  /** Fields whose name holds every query word (the last one may be unfinished). */
  private namedFields(terms: readonly string[], only?: string): Set<string> {
    const out = new Set<string>();
    for (const [id, words] of this.fieldWords) {
      if (only && id !== only) continue;
      if (terms.every((t, i) => words.some((w) => w === t || (i === terms.length - 1 && w.startsWith(t))))) out.add(id);
    }
    return out;
  }

  /**
   * The name as typed first: a name that holds the query as a phrase wins, the more so the more of
   * the name the query covers ("ket hon" → "Đăng ký kết hôn" before "Đăng ký lại kết hôn"); a
   * keyword phrase ("nhap ho khau") counts a little less.
   */
  private nameBonus(id: number, folded: string): number {
    const phrase = ` ${folded}`;
    const name = this.foldedNames[id] ?? '';
    if (name.includes(phrase)) return (name.startsWith(phrase) ? 2.5 : 1.5) + (2 * folded.length) / name.length;
    const keyword = (this.foldedKeywords[id] ?? []).find((k) => k.includes(phrase));
    if (keyword) return 1.5 + folded.length / keyword.length;
    return 1;
  }

  private byCode(digits: string, filter: ((id: number) => boolean) | null, limit: number): { hits: IndexHit[]; total: number } {
    const hits: IndexHit[] = [];
    this.procedures.forEach((p, id) => {
      if (filter && !filter(id)) return;
      const forms = codeForms(p.code);
      const exact = forms.includes(digits);
      if (exact || forms.some((t) => t.startsWith(digits))) hits.push({ procedure: p, score: exact ? 100 : 50 });
    });
    hits.sort((a, b) => b.score - a.score || a.procedure.code.localeCompare(b.procedure.code));
    return { hits: hits.slice(0, limit), total: hits.length };
  }
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
