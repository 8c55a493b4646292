import { createHash } from 'node:crypto';
import type { SqlEngine } from '../db/sql-engine';

export interface CatalogVersion {
  readonly etag: string;
  readonly version: string;
  readonly procedures: number;
  readonly importedBy: string;
  readonly importedAt: string;
  readonly publishedAt: string | null;
}

/** The province's procedure lists: imported (checked elsewhere), then one published to the kiosks. */
export class CatalogStore {
  constructor(private readonly db: SqlEngine) {}

  static etagOf(text: string): string {
    return `"${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32)}"`;
  }

  /** Stores a checked catalog text; importing the same bytes twice keeps one copy. */
  async import(text: string, version: string, procedures: number, by: string, now: Date): Promise<CatalogVersion> {
    const etag = CatalogStore.etagOf(text);
    await this.db.run(
      `INSERT INTO catalogs (etag, version, body, procedures, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (etag) DO NOTHING`,
      [etag, version, text, procedures, by, now.toISOString()],
    );
    const found = (await this.list()).find((c) => c.etag === etag);
    if (!found) throw new Error('catalog vanished after import');
    return found;
  }

  async publish(etag: string, now: Date): Promise<boolean> {
    return (await this.db.run('UPDATE catalogs SET published_at = ? WHERE etag = ?', [now.toISOString(), etag])) === 1;
  }

  async list(): Promise<CatalogVersion[]> {
    const rows = await this.db.all<{
      etag: string;
      version: string;
      procedures: number;
      imported_by: string;
      imported_at: string;
      published_at: string | null;
    }>('SELECT etag, version, procedures, imported_by, imported_at, published_at FROM catalogs ORDER BY imported_at DESC');
    return rows.map((r) => ({
      etag: r.etag,
      version: r.version,
      procedures: Number(r.procedures),
      importedBy: r.imported_by,
      importedAt: r.imported_at,
      publishedAt: r.published_at,
    }));
  }

  /** The ETag of what `published()` returns, without reading the body (a kiosk's 304, a cache check). */
  async publishedEtag(): Promise<string | null> {
    const [row] = await this.db.all<{ etag: string }>(
      'SELECT etag FROM catalogs WHERE published_at IS NOT NULL ORDER BY published_at DESC, etag LIMIT 1',
    );
    return row?.etag ?? null;
  }

  /** What `GET /api/v1/catalog` serves: the most recently published catalog. */
  async published(): Promise<{ etag: string; body: string } | null> {
    const [row] = await this.db.all<{ etag: string; body: string }>(
      'SELECT etag, body FROM catalogs WHERE published_at IS NOT NULL ORDER BY published_at DESC, etag LIMIT 1',
    );
    return row ?? null;
  }
}
