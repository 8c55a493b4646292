import type { CatalogSource, CatalogSyncOutcome } from '../../api/channels/catalog';
import type { Database } from '../db/open-database';

export interface StoredCatalog {
  readonly version: string;
  readonly sha256: string;
  readonly source: CatalogSource;
  readonly etag: string | null;
  readonly body: string;
  readonly procedureCount: number;
  readonly importedAt: string;
}

export interface SyncState {
  readonly lastCheckAt: string | null;
  readonly lastOutcome: CatalogSyncOutcome | null;
  readonly lastError: string | null;
}

interface ActiveRow {
  version: string;
  sha256: string;
  source: CatalogSource;
  etag: string | null;
  body: string;
  procedure_count: number;
  imported_at: string;
}

/** The catalog rows in SQLite. Writing replaces the one active row inside a transaction. */
export class CatalogStore {
  constructor(private readonly db: Database) {}

  active(): StoredCatalog | null {
    const row = this.db.prepare('SELECT * FROM catalog_active WHERE id = 1').get() as ActiveRow | undefined;
    if (!row) return null;
    return {
      version: row.version,
      sha256: row.sha256,
      source: row.source,
      etag: row.etag,
      body: row.body,
      procedureCount: row.procedure_count,
      importedAt: row.imported_at,
    };
  }

  /** Atomic swap: the previous row stays in place until this commit succeeds. */
  replace(next: StoredCatalog): void {
    this.db
      .prepare(
        `INSERT INTO catalog_active (id, version, sha256, source, etag, body, procedure_count, imported_at)
         VALUES (1, @version, @sha256, @source, @etag, @body, @procedureCount, @importedAt)
         ON CONFLICT(id) DO UPDATE SET version = excluded.version, sha256 = excluded.sha256, source = excluded.source,
           etag = excluded.etag, body = excluded.body, procedure_count = excluded.procedure_count, imported_at = excluded.imported_at`,
      )
      .run(next);
  }

  /** The ETag of the active catalog changes when the server answers 304 with a new one. */
  setEtag(etag: string | null): void {
    this.db.prepare('UPDATE catalog_active SET etag = ? WHERE id = 1').run(etag);
  }

  syncState(): SyncState {
    const row = this.db.prepare('SELECT last_check_at, last_outcome, last_error FROM catalog_sync WHERE id = 1').get() as
      | { last_check_at: string | null; last_outcome: CatalogSyncOutcome | null; last_error: string | null }
      | undefined;
    return { lastCheckAt: row?.last_check_at ?? null, lastOutcome: row?.last_outcome ?? null, lastError: row?.last_error ?? null };
  }

  recordSync(at: string, outcome: CatalogSyncOutcome, error: string | null): void {
    this.db
      .prepare(
        `INSERT INTO catalog_sync (id, last_check_at, last_outcome, last_error) VALUES (1, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET last_check_at = excluded.last_check_at, last_outcome = excluded.last_outcome,
           last_error = excluded.last_error`,
      )
      .run(at, outcome, error);
  }
}
