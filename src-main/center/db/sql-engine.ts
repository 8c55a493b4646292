/**
 * The few things the center store needs from a SQL database, so one store runs on SQLite (one
 * commune, embedded) and PostgreSQL (a province, many center processes). Statements use `?`
 * placeholders and the SQL both engines share (ON CONFLICT … DO NOTHING, RETURNING); numbers
 * that PostgreSQL would return as bigint strings are CAST to INTEGER in the statement.
 */
export type SqlValue = string | number | null;

export interface SqlRunner {
  /** Rows of a SELECT (or of INSERT/UPDATE … RETURNING). */
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Number of rows an INSERT, UPDATE or DELETE touched. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

export type EngineKind = 'sqlite' | 'postgres';

export interface SqlEngine extends SqlRunner {
  readonly kind: EngineKind;
  /** Runs `fn` in one transaction: all of it commits, or (it throws) none of it. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** An error of the database layer with a code callers switch on. */
export class CenterDbError extends Error {
  constructor(
    readonly code: 'bad-url' | 'newer-schema' | 'unavailable',
    message: string,
  ) {
    super(message);
    this.name = 'CenterDbError';
  }
}
