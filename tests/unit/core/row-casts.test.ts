import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openDatabase } from '../../../src-main/core/db/open-database';
import { allRows, oneRow, RowShapeError } from '../../../src-main/core/db/rows';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** `.get(…) as X` / `.all(…) as X`: a query result believed rather than checked. */
const CAST = /\.(?:get|all)\((?:[^()]|\([^()]*\))*\)\s*as\s/g;

/**
 * Files written before `core/db/rows.ts` that still cast, with how many casts they hold. The
 * number may only go down (then lower it here); a file not listed may hold none. A new query
 * reads its rows with `oneRow`/`allRows` and a zod schema.
 */
const NOT_YET_CONVERTED: Readonly<Record<string, number>> = {
  'src-main/center/db/sqlite-engine.ts': 1,
  'src-main/core/auth/pin-store.ts': 2,
  'src-main/core/catalog/catalog-store.ts': 2,
  'src-main/core/config/config-store.ts': 1,
  'src-main/core/db/migrate.ts': 1,
  'src-main/core/db/migrations/0008-feedback.ts': 2,
  'src-main/core/hall/device-pairing.ts': 3,
  'src-main/core/hall/hall-member.ts': 2,
  'src-main/core/hall/hall-numbering.ts': 3,
  'src-main/core/hall/hall-store.ts': 8,
  'src-main/core/system/install-identity.ts': 1,
  'src-main/hardware/device-manager.ts': 1,
};

function castsByFile(): Map<string, number> {
  const files = execFileSync('git', ['ls-files', 'src-main/**/*.ts'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
  const out = new Map<string, number>();
  for (const file of files) {
    const n = (readFileSync(`${ROOT}/${file}`, 'utf8').match(CAST) ?? []).length;
    if (n > 0) out.set(file, n);
  }
  return out;
}

describe('query results are read through a row schema, not cast', () => {
  it('no file casts more query results than it did when the rule came in', () => {
    const over = [...castsByFile()].filter(([file, n]) => n > (NOT_YET_CONVERTED[file] ?? 0)).map(([file, n]) => `${file}: ${n}`);
    expect(over, 'use oneRow/allRows from src-main/core/db/rows.ts with a zod schema').toEqual([]);
  });

  it('the pattern catches a cast over several lines and leaves a checked read alone', () => {
    const cast = "db.prepare('SELECT n FROM t WHERE a = ?')\n  .get(f(a), b) as\n  | { n: number }\n  | undefined;";
    const checked = "oneRow(Count, db.prepare('SELECT n FROM t'), a);";
    expect(cast.match(CAST)).toHaveLength(1);
    expect(checked.match(CAST)).toBeNull();
  });
});

describe('oneRow and allRows', () => {
  const db = openDatabase(':memory:', { migrations: [] });
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER); INSERT INTO t VALUES (1, 'a', 2), (2, 'b', NULL)");
  const Row = z.object({ id: z.number().int(), name: z.string(), n: z.number().int().nullable() });

  it('returns typed rows, and undefined for no row', () => {
    expect(oneRow(Row, db.prepare('SELECT * FROM t WHERE id = ?'), 1)).toEqual({ id: 1, name: 'a', n: 2 });
    expect(oneRow(Row, db.prepare('SELECT * FROM t WHERE id = ?'), 9)).toBeUndefined();
    expect(allRows(Row, db.prepare('SELECT * FROM t ORDER BY id')).map((r) => r.name)).toEqual(['a', 'b']);
  });

  it('refuses a row of another shape with a typed error naming the column, not the value', () => {
    const Strict = Row.extend({ n: z.number().int() });
    let caught: unknown;
    try {
      allRows(Strict, db.prepare('SELECT * FROM t ORDER BY id'));
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(RowShapeError);
    expect((caught as RowShapeError).code).toBe('row-shape');
    expect((caught as RowShapeError).message).toContain('n:');
    expect((caught as RowShapeError).message).not.toContain("'b'");
  });
});
