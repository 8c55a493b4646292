import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Clock } from '../../api/center-clock';
import type {
  Catalog,
  CatalogField,
  CatalogInfo,
  CatalogSource,
  CatalogSyncOutcome,
  ElsewhereEntry,
  FieldSummary,
  Procedure,
  SearchHit,
} from '../../api/channels/catalog';
import { ApiError } from '../../api/errors';
import type { Database } from '../db/open-database';
import type { Logger } from '../logging/logger';
import { type CatalogIssue, formatIssue, parseCatalogBytes, parseCatalogValue } from './catalog-parse';
import { CatalogStore, type SyncState } from './catalog-store';
import { ElsewhereMatcher } from './search/elsewhere-match';
import { ProcedureIndex } from './search/procedure-index';

export interface CatalogServiceDeps {
  readonly db: Database;
  readonly log: Logger;
  readonly clock: Clock;
  /** The catalog shipped with the app (`assets/catalog/catalog.json`), used until another is imported. */
  readonly bundledCatalogFile: string;
}

export type ImportResult =
  | { readonly ok: true; readonly changed: boolean; readonly info: CatalogInfo }
  | { readonly ok: false; readonly issues: readonly CatalogIssue[] };

interface Active {
  readonly catalog: Catalog;
  readonly sha256: string;
  readonly byCode: ReadonlyMap<string, Procedure>;
  readonly fields: ReadonlyMap<string, CatalogField>;
  readonly elsewhere: ElsewhereMatcher;
}

/**
 * The procedure catalog of this kiosk: the active version (kept in SQLite, swapped atomically),
 * its search index (built once per version, in the background) and lookups by code and field.
 * Other features (dossiers, tickets) read procedures through `procedure(code)`.
 */
export class CatalogService {
  private readonly store: CatalogStore;
  private active: Active;
  private index: { sha256: string; ready: Promise<ProcedureIndex> } | null = null;
  private readonly listeners = new Set<(info: CatalogInfo) => void>();

  constructor(private readonly deps: CatalogServiceDeps) {
    this.store = new CatalogStore(deps.db);
    this.active = this.load();
    this.scheduleIndex();
  }

  /** Loads the stored catalog; a missing or unreadable one is replaced by the bundled catalog. */
  private load(): Active {
    const stored = this.store.active();
    if (stored) {
      let value: unknown;
      try {
        value = JSON.parse(stored.body);
      } catch {
        value = undefined;
      }
      const parsed = parseCatalogValue(value, stored.sha256);
      if (parsed.ok) {
        const bundledNewer = stored.source === 'bundled' && this.bundledSha() !== stored.sha256;
        if (!bundledNewer) return activeOf(parsed.catalog, parsed.sha256);
        this.deps.log.info('the app ships a newer bundled catalog; switching to it');
      } else {
        this.deps.log.error('stored catalog is unreadable; falling back to the bundled one', {
          issue: parsed.issues[0] ? formatIssue(parsed.issues[0]) : 'unknown',
        });
      }
    }
    const bundled = this.readBundled();
    this.persist(bundled.catalog, bundled.sha256, 'bundled', null, bundled.body);
    return activeOf(bundled.catalog, bundled.sha256);
  }

  private bundledSha(): string | null {
    try {
      return createHash('sha256').update(readFileSync(this.deps.bundledCatalogFile)).digest('hex');
    } catch {
      return null;
    }
  }

  private readBundled(): { catalog: Catalog; sha256: string; body: string } {
    const bytes = readFileSync(this.deps.bundledCatalogFile);
    const parsed = parseCatalogBytes(bytes);
    if (!parsed.ok) {
      throw new Error(`bundled catalog ${this.deps.bundledCatalogFile} is invalid: ${parsed.issues.map(formatIssue).join('; ')}`);
    }
    return { catalog: parsed.catalog, sha256: parsed.sha256, body: JSON.stringify(parsed.catalog) };
  }

  private persist(catalog: Catalog, sha256: string, source: CatalogSource, etag: string | null, body = JSON.stringify(catalog)): void {
    this.store.replace({
      version: catalog.version,
      sha256,
      source,
      etag,
      body,
      procedureCount: catalog.procedures.length,
      importedAt: this.deps.clock.now().toISOString(),
    });
  }

  /** Builds the index for the active version after the current work, so start-up never waits on it. */
  private scheduleIndex(): void {
    const { catalog, sha256 } = this.active;
    if (this.index?.sha256 === sha256) return;
    this.index = {
      sha256,
      ready: new Promise((resolve) => {
        setImmediate(() => {
          const started = performance.now();
          const index = new ProcedureIndex(catalog);
          this.deps.log.info('catalog search index built', { procedures: index.size, ms: Math.round(performance.now() - started) });
          resolve(index);
        });
      }),
    };
  }

  /** Validates and, when valid, makes `bytes` the active catalog in one transaction. */
  importBytes(bytes: Uint8Array, source: CatalogSource, etag: string | null = null): ImportResult {
    const parsed = parseCatalogBytes(bytes);
    if (!parsed.ok) return parsed;
    return this.importCatalog(parsed.catalog, parsed.sha256, source, etag);
  }

  private importCatalog(catalog: Catalog, sha256: string, source: CatalogSource, etag: string | null): ImportResult {
    if (sha256 === this.active.sha256) {
      this.store.setEtag(etag);
      return { ok: true, changed: false, info: this.info() };
    }
    this.persist(catalog, sha256, source, etag);
    this.active = activeOf(catalog, sha256);
    this.scheduleIndex();
    const info = this.info();
    this.deps.log.info('catalog imported', { version: info.version, procedures: info.procedureCount, source });
    for (const l of this.listeners) l(info);
    return { ok: true, changed: true, info };
  }

  /** The stored ETag of the active catalog (sent as If-None-Match). */
  etag(): string | null {
    return this.store.active()?.etag ?? null;
  }

  syncState(): SyncState {
    return this.store.syncState();
  }

  recordSync(outcome: CatalogSyncOutcome, error: string | null): void {
    this.store.recordSync(this.deps.clock.now().toISOString(), outcome, error);
  }

  info(): CatalogInfo {
    const stored = this.store.active();
    const sync = this.store.syncState();
    const { catalog, sha256 } = this.active;
    return {
      version: catalog.version,
      sha256,
      source: stored?.source ?? 'bundled',
      procedureCount: catalog.procedures.length,
      fieldCount: catalog.fields.length,
      importedAt: stored?.importedAt ?? this.deps.clock.now().toISOString(),
      etag: stored?.etag ?? null,
      lastCheckAt: sync.lastCheckAt,
      lastOutcome: sync.lastOutcome,
      lastError: sync.lastError,
    };
  }

  catalog(): Catalog {
    return this.active.catalog;
  }

  fields(): FieldSummary[] {
    const counts = new Map<string, number>();
    for (const p of this.active.catalog.procedures) counts.set(p.field, (counts.get(p.field) ?? 0) + 1);
    return this.active.catalog.fields.map((f) => ({ ...f, count: counts.get(f.id) ?? 0 }));
  }

  /** A procedure by code, or `not-found`. */
  procedure(code: string): { procedure: Procedure; field: CatalogField } {
    const procedure = this.active.byCode.get(code);
    const field = procedure ? this.active.fields.get(procedure.field) : undefined;
    if (!procedure || !field) throw new ApiError('not-found', `no procedure with code ${code} in catalog ${this.active.catalog.version}`);
    return { procedure, field };
  }

  findProcedure(code: string): Procedure | null {
    return this.active.byCode.get(code) ?? null;
  }

  async search(
    query: string,
    options: Readonly<{ field?: string; limit: number }>,
  ): Promise<{ hits: SearchHit[]; total: number; elsewhere?: Omit<ElsewhereEntry, 'keywords'>[] }> {
    if (options.field && !this.active.fields.has(options.field)) throw new ApiError('not-found', `no field ${options.field}`);
    this.scheduleIndex();
    const { elsewhere: matcher } = this.active;
    const index = await (this.index as { ready: Promise<ProcedureIndex> }).ready;
    const about = options.field ? [] : matcher.match(query);
    let { hits, total } = index.query(query, options);
    if (about.length > 0 && total > 0) {
      // The query names something done elsewhere ("so do"): only procedures that name it too are
      // answers, not those that merely hold its words apart ("số liệu … bản đồ").
      const named = index.query(query, { limit: SEARCH_ALL }).hits.filter((h) => matcher.mentions(h.procedure, about));
      hits = named.slice(0, options.limit);
      total = named.length;
    }
    // Nothing here: name the place where it is done.
    const elsewhere = total === 0 ? about.map(({ entry: { keywords: _, ...entry } }) => entry) : [];
    return {
      total,
      ...(elsewhere.length > 0 ? { elsewhere } : {}),
      hits: hits.map(({ procedure: p, score }) => ({
        code: p.code,
        codeKind: p.codeKind,
        name: p.name,
        field: p.field,
        score,
        onlineLevel: p.submission.onlineLevel,
        ...(p.submission.portal ? { portal: true as const } : {}),
        ...(p.processingTime ? { processingTime: p.processingTime.text } : {}),
      })),
    };
  }

  /** Called after each swap (screens refresh their lists). */
  onChange(listener: (info: CatalogInfo) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Enough to re-rank every match of a query in the largest catalog accepted. */
const SEARCH_ALL = 50_000;

function activeOf(catalog: Catalog, sha256: string): Active {
  return {
    catalog,
    sha256,
    byCode: new Map(catalog.procedures.map((p) => [p.code, p])),
    fields: new Map(catalog.fields.map((f) => [f.id, f])),
    elsewhere: new ElsewhereMatcher(catalog.elsewhere),
  };
}
