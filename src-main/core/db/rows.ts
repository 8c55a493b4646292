import type { Statement } from 'better-sqlite3';
import type { z } from 'zod';

/** A query result that does not have the shape its schema says: a bug or a damaged file, never input. */
export class RowShapeError extends Error {
  readonly code = 'row-shape' as const;
  constructor(what: string, issues: string) {
    super(`unexpected row from ${what}: ${issues}`);
    this.name = 'RowShapeError';
  }
}

function parse<S extends z.ZodType>(schema: S, row: unknown, stmt: Statement): z.infer<S> {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  // The statement's text names tables and columns only; the row's values (maybe personal) are not logged.
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`).join('; ');
  throw new RowShapeError(stmt.source.replace(/\s+/g, ' ').slice(0, 120), issues);
}

/**
 * One row of a query, checked against its zod schema, or undefined when there is none. The one
 * way a store reads a row: a schema declares the row once and its type is inferred, instead of a
 * cast that believes whatever SQLite returns (tests/unit/core/row-casts.test.ts refuses new casts).
 */
export function oneRow<S extends z.ZodType>(schema: S, stmt: Statement, ...params: unknown[]): z.infer<S> | undefined {
  const row: unknown = stmt.get(...params);
  return row === undefined ? undefined : parse(schema, row, stmt);
}

/** Every row of a query, each checked against its zod schema. */
export function allRows<S extends z.ZodType>(schema: S, stmt: Statement, ...params: unknown[]): z.infer<S>[] {
  return stmt.all(...params).map((row: unknown) => parse(schema, row, stmt));
}
