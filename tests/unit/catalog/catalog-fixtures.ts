import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CatalogInput, ProcedureInput } from '../../../src-main/api/channels/catalog';

export const BUNDLED_CATALOG_FILE = fileURLToPath(new URL('../../../assets/catalog/catalog.json', import.meta.url));

export function bundledCatalogJson(): CatalogInput {
  return JSON.parse(readFileSync(BUNDLED_CATALOG_FILE, 'utf8')) as CatalogInput;
}

export function procedure(code: string, name: string, field = 'ho-tich', extra: Partial<ProcedureInput> = {}): ProcedureInput {
  return {
    code,
    name: { vi: name },
    field,
    level: ['commune'],
    submission: { channels: ['direct'], onlineLevel: 'none' },
    ...extra,
  };
}

/** A small valid catalog; `version` makes two of them differ. */
export function smallCatalog(
  version = 'test-1',
  procedures: ProcedureInput[] = [procedure('1.001193', 'Đăng ký khai sinh')],
): CatalogInput {
  return {
    schemaVersion: 1,
    version,
    fields: [
      { id: 'ho-tich', name: { vi: 'Hộ tịch', en: 'Civil status' } },
      { id: 'cu-tru', name: { vi: 'Cư trú' } },
    ],
    procedures,
  };
}

export const bytesOf = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));
