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

/**
 * Reading the time is the other half: code that reads "now" takes a `Clock` (center-clock.ts's
 * interface, `systemClock` by default) through its deps, so one fakeClock given to createKiosk,
 * startCenter or the CLI context moves every part at once. `Date.now()`, `Date.now` handed on as a
 * function, an argument-less `new Date()` and a `() => Date` dependency are refused outside the
 * clock module and the files below. Elapsed time for waits and measurements
 * (`performance.now()`) is not time of day and stays allowed.
 */
const READS_THE_TIME: readonly [RegExp, string][] = [
  [/\bDate\.now\b/, 'Date.now (take a Clock)'],
  [/\bnew Date\(\s*\)/, 'new Date() (take a Clock)'],
  [/\(\) => Date\b/, 'a () => Date dependency (take a Clock)'],
];

/** The only files that may read the machine's time directly, each with its reason. */
const MAY_READ_THE_TIME: Readonly<Record<string, string>> = {
  // A worker thread that loads as is, with node: built-ins only (it cannot import the clock
  // module), and must keep counting while the main thread, which holds the clock, is stuck.
  'src-main/shells/electron/watchdog-thread.ts': 'the Electron watchdog',
};

function timeReads(files: readonly string[], read: (file: string) => string): string[] {
  const found: string[] = [];
  for (const file of files) {
    if (file === THE_MODULE || file in MAY_READ_THE_TIME) continue;
    read(file)
      .split('\n')
      .forEach((line, i) => {
        for (const [pattern, what] of READS_THE_TIME) if (pattern.test(line)) found.push(`${file}:${i + 1}: ${what}`);
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

  it('reads the time only through a Clock, outside the clock module and its short allow-list', () => {
    const files = FOLDERS.flatMap(sources);
    for (const allowed of Object.keys(MAY_READ_THE_TIME)) expect(files).toContain(allowed);
    expect(timeReads(files, (f) => readFileSync(join(ROOT, f), 'utf8'))).toEqual([]);
  });

  it('catches each way the time was read directly', () => {
    const reads: Record<string, string> = {
      'a.ts': 'const deadline = Date.now() + 1000;',
      'b.ts': 'constructor(private readonly now: () => number = Date.now) {}',
      'c.ts': 'const at = new Date().toISOString();',
      'd.ts': '  readonly now: () => Date;',
      'e.ts': "const fixed = new Date('2026-12-06T02:00:00Z'); const later = new Date(fixed.getTime() + 1);",
      'f.ts': 'const started = performance.now();',
      [THE_MODULE]: 'export const systemClock: Clock = { now: () => new Date() };',
      'src-main/shells/electron/watchdog-thread.ts': 'let lastBeat = Date.now();',
    };
    const found = timeReads(Object.keys(reads), (f) => reads[f] as string);
    expect(found.map((o) => o.split(':')[0])).toEqual(['a.ts', 'b.ts', 'c.ts', 'd.ts']);
  });
});
