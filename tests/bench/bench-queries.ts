import { foldAccents } from '../../src-main/core/catalog/search/fold';
import { mulberry32 } from '../support/synthetic-catalog';

/** The fixed accent-free queries of `npm run bench:search`, shared with the library comparison in docs. */
export interface Query {
  readonly text: string;
  /** The phrase the citizen meant, accent-folded. */
  readonly intended: string;
}

export const QUERY_COUNT = 200;
const TELEX_TONES = ['s', 'f', 'r', 'x', 'j'];

export function makeQueries(names: readonly string[], seed: number): Query[] {
  const rand = mulberry32(seed);
  const queries: Query[] = [];
  while (queries.length < QUERY_COUNT) {
    const words = foldAccents(names[Math.floor(rand() * names.length)] as string)
      .replace(/[^a-z0-9 ]/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    if (words.length < 3) continue;
    const start = Math.floor(rand() * (words.length - 2));
    const phrase = words.slice(start, start + 3);
    const intended = phrase.join(' ');
    const kind = queries.length % 4;
    const typed = [...phrase];
    const last = typed.length - 1;
    if (kind === 1 && (typed[last] as string).length > 3) typed[last] = (typed[last] as string).slice(0, -1 - Math.floor(rand() * 2));
    if (kind === 2) {
      const i = typed.findIndex((w) => w.length >= 5);
      if (i >= 0) {
        const w = typed[i] as string;
        const at = 1 + Math.floor(rand() * (w.length - 2));
        typed[i] = w.slice(0, at) + (w[at + 1] as string) + (w[at] as string) + w.slice(at + 2);
      }
    }
    if (kind === 3) typed[0] = `${typed[0]}${TELEX_TONES[Math.floor(rand() * TELEX_TONES.length)]}`;
    queries.push({ text: typed.join(' '), intended });
  }
  return queries;
}
