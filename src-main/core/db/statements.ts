import type { Statement } from 'better-sqlite3';
import type { Database } from './open-database';

const cache = new WeakMap<Database, Map<string, Statement>>();

/**
 * The statement for `text` on `db`, prepared once per connection. Preparing parses and plans the
 * SQL each time (about a tenth of the hall host's time per request was spent there); a statement
 * kept is re-planned by SQLite itself if the schema changes, and goes with the connection.
 */
export function sql(db: Database, text: string): Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let stmt = statements.get(text);
  if (!stmt) {
    stmt = db.prepare(text);
    statements.set(text, stmt);
  }
  return stmt;
}
