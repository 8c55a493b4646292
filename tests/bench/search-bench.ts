import Fuse from 'fuse.js';
import { Catalog } from '../../src-main/api/channels/catalog';
import { foldAccents } from '../../src-main/core/catalog/search/fold';
import { ProcedureIndex } from '../../src-main/core/catalog/search/procedure-index';
import { generateCatalog } from '../support/synthetic-catalog';
import { makeQueries, type Query } from './bench-queries';

/**
 * `npm run bench:search`: the kiosk's search (FlexSearch behind ProcedureIndex) and Fuse.js side by
 * side, in one process, on generated catalogs of 2,000 and 20,000 procedures, with 200 fixed
 * accent-free queries as citizens type them (a plain phrase, an unfinished last word, a typo, or
 * Telex keys left in). Prints one line per size.
 *
 * recall_at_5: share of queries where a procedure whose name holds the intended phrase is among
 * the first five results. ratio: fuse_p95_ms / p95_ms (how many times faster). heap_mb: heap
 * taken by our index (after a forced GC when run with --expose-gc).
 */

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function heapUsed(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

const fixed = (n: number, digits = 3) => n.toFixed(digits);

function benchSize(size: number): string {
  const catalog = Catalog.parse(generateCatalog({ count: size, seed: size }));
  const names = catalog.procedures.map((p) => p.name.vi);
  const foldedNames = names.map(
    (n) =>
      ` ${foldAccents(n)
        .replace(/[^a-z0-9 ]/g, ' ')
        .replace(/\s+/g, ' ')} `,
  );
  const queries = makeQueries(names, 7 + size);

  const before = heapUsed();
  const t0 = performance.now();
  const index = new ProcedureIndex(catalog);
  const buildMs = performance.now() - t0;
  const heapMb = (heapUsed() - before) / 1024 / 1024;

  const fuse = new Fuse(
    catalog.procedures.map((p, i) => ({ i, name: foldAccents(p.name.vi), code: p.code })),
    { keys: [{ name: 'name', weight: 3 }, 'code'], threshold: 0.4, ignoreLocation: true, includeScore: true },
  );

  const relevant = (q: Query, id: number) => (foldedNames[id] as string).includes(` ${q.intended} `);
  const byCode = new Map(catalog.procedures.map((p, i) => [p.code, i]));
  // Warm both up so the first queries do not pay for JIT compilation.
  for (const q of queries.slice(0, 20)) {
    index.query(q.text, { limit: 5 });
    fuse.search(q.text, { limit: 5 });
  }
  const ours: number[] = [];
  const theirs: number[] = [];
  let hits = 0;
  let fuseHits = 0;
  for (const q of queries) {
    let t = performance.now();
    const r = index.query(q.text, { limit: 5 });
    ours.push(performance.now() - t);
    if (r.hits.some((h) => relevant(q, byCode.get(h.procedure.code) as number))) hits++;
    t = performance.now();
    const f = fuse.search(q.text, { limit: 5 });
    theirs.push(performance.now() - t);
    if (f.some((h) => relevant(q, h.item.i))) fuseHits++;
  }
  ours.sort((a, b) => a - b);
  theirs.sort((a, b) => a - b);
  const p95 = percentile(ours, 95);
  const fuseP95 = percentile(theirs, 95);
  return [
    'search',
    `size=${size}`,
    `p50_ms=${fixed(percentile(ours, 50))}`,
    `p95_ms=${fixed(p95)}`,
    `fuse_p95_ms=${fixed(fuseP95)}`,
    `ratio=${fixed(fuseP95 / p95, 1)}`,
    `recall_at_5=${fixed(hits / queries.length, 2)}`,
    `fuse_recall_at_5=${fixed(fuseHits / queries.length, 2)}`,
    `index_build_ms=${fixed(buildMs, 0)}`,
    `heap_mb=${fixed(heapMb, 1)}`,
  ].join(' ');
}

for (const size of [2000, 20000]) process.stdout.write(`${benchSize(size)}\n`);
