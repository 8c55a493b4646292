import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One notion of time (issue #20, item 2): the center's zone, its local date and every date or time
 * format live in `src-main/api/center-clock.ts`. Formatting a moment anywhere else reads the
 * machine's own zone or locale, which is how technician screens came to show times in UTC.
 * Biome has no rule for a method name, so this test reads the source tree.
 */
const ROOT = join(import.meta.dirname, '../../..');
const THE_MODULE = 'src-main/api/center-clock.ts';
const FOLDERS = ['src-main', 'src-renderer', 'hardware'];

const FORBIDDEN: readonly [RegExp, string][] = [
  [/\.toLocale(Date|Time)?String\(/, 'toLocale…String (the machine’s zone and locale)'],
  [/new Intl\.DateTimeFormat\b/, 'new Intl.DateTimeFormat'],
  [/Asia\/Ho_Chi_Minh/, 'the center’s time zone written again'],
  [/\b7 \* 3_?600_?000\b|\b7 \* 60 \* 60/, 'a fixed +7 h offset'],
];

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

function offences(files: readonly string[], read: (file: string) => string): string[] {
  const found: string[] = [];
  for (const file of files) {
    if (file === THE_MODULE) continue;
    read(file)
      .split('\n')
      .forEach((line, i) => {
        for (const [pattern, what] of FORBIDDEN) if (pattern.test(line)) found.push(`${file}:${i + 1}: ${what}`);
      });
  }
  return found;
}

describe('one clock for the center', () => {
  it('formats dates and times, and names the zone, only in src-main/api/center-clock.ts', () => {
    const files = FOLDERS.flatMap(sources);
    expect(files).toContain(THE_MODULE);
    expect(offences(files, (f) => readFileSync(join(ROOT, f), 'utf8'))).toEqual([]);
  });

  it('catches each way the copies were written', () => {
    const copies: Record<string, string> = {
      'a.tsx': "new Date(iso).toLocaleTimeString([], { timeStyle: 'short' })",
      'b.ts': "new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })",
      'c.ts': 'new Date(now.getTime() + 7 * 3_600_000).toISOString()',
      'd.ts': 'at.toLocaleString()',
      [THE_MODULE]: "new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Ho_Chi_Minh' })",
    };
    const found = offences(Object.keys(copies), (f) => copies[f] as string);
    expect(found.map((o) => o.split(':')[0])).toEqual(['a.tsx', 'b.ts', 'b.ts', 'c.ts', 'd.ts']);
  });
});
