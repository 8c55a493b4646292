import { readFileSync } from 'node:fs';
import type { Clock } from '../../api/center-clock';
import type { FormField } from '../../api/channels/catalog';
import { defaultBundledCatalogFile } from '../../core/catalog/bundled-catalog';
import { parseCatalogBytes } from '../../core/catalog/catalog-parse';
import type { Logger } from '../../core/logging/logger';
import type { CatalogStore } from '../store/catalog-store';

type FormsByCode = ReadonlyMap<string, readonly FormField[]>;

function formsOf(bytes: Uint8Array): FormsByCode | null {
  const parsed = parseCatalogBytes(bytes);
  return parsed.ok ? new Map(parsed.catalog.procedures.map((p) => [p.code, p.formFields])) : null;
}

/**
 * The form fields (labels in every language, option labels, types) of each procedure, so a
 * dossier's page names what the citizen filled in. From the catalog published to the kiosks, or,
 * before one is published, the catalog the kiosks ship with (which is then what they used).
 * Parsed once per published version.
 */
export function procedureForms(
  catalogs: CatalogStore,
  log: Logger,
  bundledFile: () => string = defaultBundledCatalogFile,
  /** Trust the cached forms for this long before asking which catalog is published (a hot path). */
  fresh?: Readonly<{ clock: Clock; maxAgeMs: number }>,
) {
  let cached: { etag: string | null; forms: FormsByCode; at: number } | null = null;

  async function current(): Promise<FormsByCode> {
    const now = fresh ? fresh.clock.now().getTime() : 0;
    if (fresh && cached && now - cached.at >= 0 && now - cached.at < fresh.maxAgeMs) return cached.forms;
    const etag = await catalogs.publishedEtag();
    if (cached && cached.etag === etag) {
      cached.at = now;
      return cached.forms;
    }
    let forms: FormsByCode | null = null;
    if (etag) {
      const published = await catalogs.published();
      forms = published ? formsOf(Buffer.from(published.body, 'utf8')) : null;
    } else {
      try {
        forms = formsOf(readFileSync(bundledFile()));
      } catch (err) {
        log.warn('the bundled catalog could not be read: form labels fall back to field ids', { error: (err as Error).message });
      }
    }
    cached = { etag, forms: forms ?? new Map(), at: now };
    return cached.forms;
  }

  return {
    /** The procedure's fields, or an empty list when the catalog does not know it. */
    async fieldsOf(procedureCode: string): Promise<readonly FormField[]> {
      return (await current()).get(procedureCode) ?? [];
    },
  };
}
