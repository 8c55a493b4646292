import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * `assets/audio/vi/readings.json`: for each whole-screen reading, the clip file and the exact text
 * it speaks. The kiosk plays a reading only when the text it would read today is the text of the
 * clip: a catalog updated from the center after the clips were made hides the button for the
 * procedures whose text changed, rather than reading out old facts.
 */
export const READING_INDEX_FILE = 'readings.json';

export const ReadingIndex = z.strictObject({
  readings: z.record(
    z.string().regex(/^[a-z0-9-]{1,64}$/),
    z.strictObject({ file: z.string().regex(/^[a-z0-9-]{1,64}\.(?:wav|ogg)$/), text: z.string().min(1).max(20_000) }),
  ),
});
export type ReadingIndex = z.infer<typeof ReadingIndex>;

const MAX_INDEX_BYTES = 4 * 1024 * 1024;

/** Reads the index once per change of the file; a missing or bad index means no readings (logged by the caller). */
export function readingIndexReader(clipDir: string, onProblem: (reason: string) => void): () => ReadingIndex {
  const file = join(clipDir, READING_INDEX_FILE);
  let cached: { mtimeMs: number; size: number; index: ReadingIndex } | null = null;
  const empty: ReadingIndex = { readings: {} };
  return () => {
    if (!existsSync(file)) return empty;
    const st = statSync(file);
    if (cached && cached.mtimeMs === st.mtimeMs && cached.size === st.size) return cached.index;
    let index = empty;
    if (st.size > MAX_INDEX_BYTES) onProblem(`larger than ${MAX_INDEX_BYTES} bytes`);
    else {
      try {
        const parsed = ReadingIndex.safeParse(JSON.parse(readFileSync(file, 'utf8')));
        if (parsed.success) index = parsed.data;
        else onProblem(parsed.error.issues[0]?.message ?? 'does not match the schema');
      } catch {
        onProblem('not valid JSON');
      }
    }
    cached = { mtimeMs: st.mtimeMs, size: st.size, index };
    return index;
  };
}
