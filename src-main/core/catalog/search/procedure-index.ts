import MiniSearch, { type SearchResult } from 'minisearch';
import { type Catalog, localized, type Procedure } from '../../../api/channels/catalog';
import { foldAccents, foldTelexToken, tokenize } from './fold';

export interface IndexHit {
  readonly procedure: Procedure;
  readonly score: number;
}

export interface SearchOptions {
  readonly field?: string;
  readonly limit: number;
}

interface IndexedDoc {
  readonly id: number;
  readonly name: string;
  readonly keywords: string;
  readonly nameEn: string;
  readonly field: string;
  readonly code: string;
}

const FIELDS = ['name', 'keywords', 'nameEn', 'field', 'code'] as const;
/** Name first: a word in the name outweighs the same word among keywords or in the field name. */
const BOOST = { name: 6, keywords: 2.5, nameEn: 2, field: 1, code: 8 };
const CODE_QUERY = /^\d[\d.\s]*$/;

/** `1.001193` is also found as `001193` and `1001193`, as people read it off a paper. */
function codeTerms(code: string): string[] {
  const [, tail = ''] = code.split('.');
  return [code, code.replace('.', ''), tail];
}

function processTerm(term: string, fieldName?: string): string | string[] {
  if (fieldName === 'code') return codeTerms(term);
  return foldTelexToken(term);
}

/** Typos: one edit from four letters on, two from eight; none on short words or codes. */
function fuzzyFor(term: string): number | false {
  if (/\d/.test(term)) return false;
  if (term.length >= 8) return 2;
  return term.length >= 4 ? 1 : false;
}

/**
 * The search index of one catalog version (MiniSearch, chosen by measurement: see
 * docs/catalog-search.md). Built once per catalog; queries are folded exactly like the text.
 */
export class ProcedureIndex {
  private readonly search: MiniSearch<IndexedDoc>;
  private readonly procedures: readonly Procedure[];
  /** Folded, Telex-normalized name of each procedure, for the name-first bonus. */
  private readonly foldedNames: readonly string[];

  constructor(catalog: Catalog) {
    this.procedures = catalog.procedures;
    const fieldNames = new Map(catalog.fields.map((f) => [f.id, `${f.name.vi} ${f.name.en ?? ''}`]));
    this.search = new MiniSearch<IndexedDoc>({
      fields: [...FIELDS],
      idField: 'id',
      tokenize: (text, fieldName) => (fieldName === 'code' ? [text] : tokenize(foldAccents(text))),
      processTerm,
      searchOptions: {
        tokenize: (text) => tokenize(foldAccents(text)),
        processTerm: (term) => foldTelexToken(term),
      },
    });
    this.foldedNames = catalog.procedures.map((p) => ` ${foldName(p.name.vi)} `);
    this.search.addAll(
      catalog.procedures.map((p, id) => ({
        id,
        name: p.name.vi,
        keywords: p.keywords.join(' '),
        nameEn: localized(p.name, 'en') === p.name.vi ? '' : localized(p.name, 'en'),
        field: fieldNames.get(p.field) ?? '',
        code: p.code,
      })),
    );
  }

  get size(): number {
    return this.procedures.length;
  }

  query(query: string, options: SearchOptions): { hits: IndexHit[]; total: number } {
    const filter = options.field ? (id: number) => this.procedures[id]?.field === options.field : () => true;
    const trimmed = query.trim();
    if (trimmed === '') {
      const all = this.procedures.filter((_, id) => filter(id));
      return { hits: all.slice(0, options.limit).map((procedure) => ({ procedure, score: 0 })), total: all.length };
    }
    if (CODE_QUERY.test(trimmed)) return this.byCode(trimmed.replace(/\s/g, ''), filter, options.limit);

    const terms = tokenize(foldAccents(trimmed)).map(foldTelexToken).filter(Boolean);
    if (terms.length === 0) return { hits: [], total: 0 };
    const folded = terms.join(' ');
    const run = (combineWith: 'AND' | 'OR') =>
      this.search.search(folded, {
        combineWith,
        boost: BOOST,
        prefix: (term, i, all) => i === all.length - 1 || term.length >= 2,
        fuzzy: fuzzyFor,
        filter: (r) => filter(r.id as number),
      });
    let results: SearchResult[] = run('AND');
    // Every word must match first; only when that finds little does a partial match count, below.
    if (results.length < 5 && terms.length > 1) {
      const seen = new Set(results.map((r) => r.id));
      const partial = run('OR')
        .filter((r) => !seen.has(r.id))
        .map((r) => ({ ...r, score: r.score * 0.25 }));
      results = [...results, ...partial];
    }
    const ranked = results
      .map((r) => ({ id: r.id as number, score: r.score * this.nameBonus(r.id as number, folded) }))
      .sort((a, b) => b.score - a.score || a.id - b.id);
    return {
      hits: ranked.slice(0, options.limit).map((r) => ({ procedure: this.procedures[r.id] as Procedure, score: round(r.score) })),
      total: ranked.length,
    };
  }

  /** The name as typed first: a name that holds the query as a phrase, or starts with it, wins. */
  private nameBonus(id: number, folded: string): number {
    const name = this.foldedNames[id] ?? '';
    if (name.startsWith(` ${folded}`)) return 2;
    if (name.includes(` ${folded}`)) return 1.5;
    return 1;
  }

  private byCode(digits: string, filter: (id: number) => boolean, limit: number): { hits: IndexHit[]; total: number } {
    const hits: IndexHit[] = [];
    this.procedures.forEach((p, id) => {
      if (!filter(id)) return;
      const exact = codeTerms(p.code).includes(digits);
      if (exact || codeTerms(p.code).some((t) => t.startsWith(digits))) hits.push({ procedure: p, score: exact ? 100 : 50 });
    });
    hits.sort((a, b) => b.score - a.score || a.procedure.code.localeCompare(b.procedure.code));
    return { hits: hits.slice(0, limit), total: hits.length };
  }
}

function foldName(name: string): string {
  return tokenize(foldAccents(name)).map(foldTelexToken).join(' ');
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
