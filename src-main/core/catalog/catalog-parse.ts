import { createHash } from 'node:crypto';
import { Catalog, MAX_CATALOG_BYTES } from '../../api/channels/catalog';
import { errorMessage } from '../../api/error-message';

/** One problem in a catalog file, printed as `path: message` (`procedures.3.name.vi: …`). */
export interface CatalogIssue {
  readonly path: string;
  readonly message: string;
}

export type CatalogParseResult =
  | { readonly ok: true; readonly catalog: Catalog; readonly sha256: string; readonly bytes: number }
  | { readonly ok: false; readonly issues: readonly CatalogIssue[] };

/** How many issues are reported at most: enough to fix a file, not a wall of text. */
const MAX_ISSUES = 50;

export function formatIssue(issue: CatalogIssue): string {
  return `${issue.path}: ${issue.message}`;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

function fail(path: string, message: string): CatalogParseResult {
  return { ok: false, issues: [{ path, message }] };
}

/**
 * Checks a catalog as it arrives (file or HTTP body) before anything is stored: size, UTF-8,
 * JSON, then the schema. Never throws; every problem comes back as a `path: message` issue.
 */
export function parseCatalogBytes(bytes: Uint8Array, options: Readonly<{ maxBytes?: number }> = {}): CatalogParseResult {
  const maxBytes = options.maxBytes ?? MAX_CATALOG_BYTES;
  if (bytes.byteLength > maxBytes) {
    return fail('(file)', `too large: ${bytes.byteLength} bytes, the limit is ${maxBytes} bytes`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail('(file)', `not valid UTF-8 (first bad byte near offset ${firstInvalidUtf8Offset(bytes)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return fail('(file)', `not valid JSON: ${errorMessage(err)}`);
  }
  return parseCatalogValue(json, createHash('sha256').update(bytes).digest('hex'), bytes.byteLength);
}

/** Schema check of an already parsed value. */
export function parseCatalogValue(value: unknown, sha256: string, bytes = 0): CatalogParseResult {
  const parsed = Catalog.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((i) => ({ path: pathOf(i.path), message: i.message }));
    const more = parsed.error.issues.length - issues.length;
    if (more > 0) issues.push({ path: '(file)', message: `${more} more problems not shown` });
    return { ok: false, issues };
  }
  return { ok: true, catalog: parsed.data, sha256, bytes };
}

/** Where UTF-8 decoding first fails, so a technician can find the broken spot in the file. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
