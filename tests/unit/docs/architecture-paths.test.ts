import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * docs/architecture.md's "Where things happen" table names, for a tap, a printed byte and a synced
 * dossier, the files the work passes through. A renamed or moved file makes the table false; this
 * keeps it true by reading every path the table names.
 */
const doc = readFileSync('docs/architecture.md', 'utf8');
const start = doc.indexOf('## Where things happen');
const end = doc.indexOf('\n## ', start + 1);
const section = start < 0 ? '' : doc.slice(start, end < 0 ? undefined : end);
const rows = section.split('\n').filter((line) => line.startsWith('| **'));
/** Backquoted words that name a file (an extension, no spaces); flags like `synchronous=FULL` are not. */
const filesIn = (text: string): string[] =>
  [...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1] ?? '').filter((w) => /\.(ts|tsx|mjs|css|json|html)$/.test(w));

describe('docs/architecture.md, where things happen', () => {
  it('has a row for a tap, a printed byte and a synced dossier', () => {
    expect(rows.map((r) => /^\| \*\*([^*]+)\*\*/.exec(r)?.[1])).toEqual(['a tap', 'a printed byte', 'a synced dossier']);
  });

  it.each(['a tap', 'a printed byte', 'a synced dossier'])('names for %s only files that exist, each by its full path', (name) => {
    const row = rows.find((r) => r.startsWith(`| **${name}**`)) ?? '';
    const files = filesIn(row);
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => !f.includes('/'))).toEqual([]);
    expect(files.filter((f) => !existsSync(f))).toEqual([]);
  });
});
