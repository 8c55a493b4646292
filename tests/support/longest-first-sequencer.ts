import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const IMPORT = /from\s+'(\.{1,2}\/[^']+)'/g;

/** The file a relative import names (`./a11y-tour-suite` → `./a11y-tour-suite.ts`), if it is there. */
function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/**
 * How much a test file is likely to do, before any run has timed it: its own size plus the size
 * of what it imports from its own suite's folder (tests/e2e/…), transitively, but not the shared
 * support every file imports. The accessibility tour files are ten lines each that drive a
 * 300-line tour of every screen: by their own size they would run last, one worker busy with a
 * three-minute file while the other has nothing left.
 */
function weight(file: string, suiteDir: string, seen: Set<string> = new Set()): number {
  if (seen.has(file)) return 0;
  seen.add(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return 0;
  }
  let total = text.length;
  for (const [, spec] of text.matchAll(IMPORT)) {
    const target = spec ? resolveImport(file, spec) : undefined;
    if (target && !relative(suiteDir, target).startsWith('..')) total += weight(target, suiteDir, seen);
  }
  return total;
}

/** tests/<suite>/ of a test file (tests/e2e for tests/e2e/x.test.ts). */
function suiteDirOf(file: string): string {
  const parts = file.split(sep);
  const at = parts.lastIndexOf('tests');
  return at >= 0 && parts.length > at + 2 ? parts.slice(0, at + 2).join(sep) : dirname(file);
}

/**
 * Vitest's own order (projects and groups as configured; files a previous run timed, longest
 * first), except on a run with no timings (a fresh clone, CI): then within each project the files
 * go heaviest first by `weight`, so the longest files start first and the workers finish together.
 */
export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    if (files.every((spec) => this.ctx.cache.getTestSpecificationResult(spec))) return ordered;
    const weights = new Map(ordered.map((spec) => [spec, weight(spec.moduleId, suiteDirOf(spec.moduleId))]));
    const runs: TestSpecification[][] = [];
    for (const spec of ordered) {
      const last = runs.at(-1)?.[0];
      if (last && last.project.name === spec.project.name) runs.at(-1)?.push(spec);
      else runs.push([spec]);
    }
    return runs.flatMap((run) => run.sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0)));
  }
}
