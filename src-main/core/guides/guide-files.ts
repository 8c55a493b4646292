import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Guide } from '../../api/channels/guides';
import { findShippedAsset } from '../catalog/bundled-catalog';

const MAX_FILE_BYTES = 64 * 1024;

/** The guides shipped with the app. */
export function defaultGuidesDir(): string {
  return findShippedAsset(join('assets', 'guides'));
}

export type GuideFileResult = { readonly file: string; readonly guide: Guide } | { readonly file: string; readonly error: string };

/** One guide file checked against the schema; a bad one is named with its first problems, never thrown. */
export function readGuideFile(file: string): GuideFileResult {
  let text: string;
  try {
    const bytes = readFileSync(file);
    if (bytes.length > MAX_FILE_BYTES) return { file, error: `larger than ${MAX_FILE_BYTES} bytes` };
    text = bytes.toString('utf8');
  } catch (err) {
    return { file, error: `cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { file, error: 'not valid JSON' };
  }
  const parsed = Guide.safeParse(json);
  if (!parsed.success) {
    return {
      file,
      error: parsed.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; '),
    };
  }
  return { file, guide: parsed.data };
}

/**
 * Every `*.json` in the folders, in order; a center's folder comes after the bundled one, and a
 * guide with an id already seen replaces the earlier one (a center may rewrite a bundled guide).
 */
export function loadGuides(dirs: readonly string[]): { guides: Guide[]; problems: { file: string; error: string }[] } {
  const byId = new Map<string, Guide>();
  const problems: { file: string; error: string }[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const r = readGuideFile(join(dir, name));
      if ('error' in r) problems.push(r);
      else byId.set(r.guide.id, r.guide);
    }
  }
  const guides = [...byId.values()].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { guides, problems };
}
