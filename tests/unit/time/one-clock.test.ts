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

const FORMATS_TIME: readonly [RegExp, string][] = [
  [/\.toLocale(Date|Time)?String\(/, 'toLocale…String (the machine’s zone and locale)'],
  [/new Intl\.DateTimeFormat\b/, 'new Intl.DateTimeFormat'],
  [/Asia\/Ho_Chi_Minh/, 'the center’s time zone written again'],
  [/\b7 \* 3_?600_?000\b|\b7 \* 60 \* 60/, 'a fixed +7 h offset'],
];

/**
 * Reading the time is the other half: code that reads "now" takes a `Clock` (center-clock.ts's
 * interface, `systemClock` by default) through its deps, so one fakeClock given to createKiosk,
 * startCenter or the CLI context moves every part at once. `Date.now()`, `Date.now` handed on as a
 * function, an argument-less `new Date()` and a `() => Date` dependency are refused outside the
 * clock module and the files below. Elapsed time for waits and measurements
 * (`performance.now()`) is not time of day and stays allowed.
 */
const READS_TIME: readonly [RegExp, string][] = [
  [/\bDate\.now\b/, 'Date.now (take a Clock)'],
  [/\bnew Date\(\s*\)/, 'new Date() (take a Clock)'],
  [/\(\) => Date\b/, 'a () => Date dependency (take a Clock)'],
];

/** The only files besides the clock module that may read the machine's time directly, each with its reason. */
const MAY_READ_TIME: Readonly<Record<string, string>> = {
  // A worker thread that loads as is, with node: built-ins only (it cannot import the clock
  // module), and must keep counting while the main thread, which holds the clock, is stuck.
  'src-main/shells/electron/watchdog-thread.ts': 'the Electron watchdog',
};

interface Rule {
  readonly name: string;
  readonly patterns: readonly [RegExp, string][];
  readonly allowed: Readonly<Record<string, string>>;
  /** Lines as the copies were written, by file, and the files the rule must name for them. */
  readonly examples: Readonly<Record<string, string>>;
  readonly caught: readonly string[];
}

const RULES: readonly Rule[] = [
  {
    name: 'formats dates and times, and names the zone',
    patterns: FORMATS_TIME,
    allowed: {},
    examples: {
      'a.tsx': "new Date(iso).toLocaleTimeString([], { timeStyle: 'short' })",
      'b.ts': "new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })",
      'c.ts': 'new Date(now.getTime() + 7 * 3_600_000).toISOString()',
      'd.ts': 'at.toLocaleString()',
      [THE_MODULE]: "new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Ho_Chi_Minh' })",
    },
    caught: ['a.tsx', 'b.ts', 'b.ts', 'c.ts', 'd.ts'],
  },
  {
    name: 'reads the time other than through a Clock',
    patterns: READS_TIME,
    allowed: MAY_READ_TIME,
    examples: {
      'a.ts': 'const deadline = Date.now() + 1000;',
      'b.ts': 'constructor(private readonly now: () => number = Date.now) {}',
      'c.ts': 'const at = new Date().toISOString();',
      'd.ts': '  readonly now: () => Date;',
      'e.ts': "const fixed = new Date('2026-12-06T02:00:00Z'); const later = new Date(fixed.getTime() + 1);",
      'f.ts': 'const started = performance.now();',
      [THE_MODULE]: 'export const systemClock: Clock = { now: () => new Date() };',
      'src-main/shells/electron/watchdog-thread.ts': 'let lastBeat = Date.now();',
    },
    caught: ['a.ts', 'b.ts', 'c.ts', 'd.ts'],
  },
];

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

function offences(rule: Rule, files: readonly string[], read: (file: string) => string): string[] {
  const found: string[] = [];
  for (const file of files) {
    if (file === THE_MODULE || file in rule.allowed) continue;
    read(file)
      .split('\n')
      .forEach((line, i) => {
        for (const [pattern, what] of rule.patterns) if (pattern.test(line)) found.push(`${file}:${i + 1}: ${what}`);
      });
  }
  return found;
}

describe.each(RULES)('nothing outside src-main/api/center-clock.ts $name', (rule) => {
  it('in the source tree', () => {
    const files = FOLDERS.flatMap(sources);
    for (const known of [THE_MODULE, ...Object.keys(rule.allowed)]) expect(files).toContain(known);
    expect(offences(rule, files, (f) => readFileSync(join(ROOT, f), 'utf8'))).toEqual([]);
  });

  it('catches each way the copies were written', () => {
    const found = offences(rule, Object.keys(rule.examples), (f) => rule.examples[f] as string);
    expect(found.map((o) => o.split(':')[0])).toEqual(rule.caught);
  });
});
