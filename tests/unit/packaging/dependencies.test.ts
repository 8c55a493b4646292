import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder packs `dependencies` beside the built main process; electron-vite bundles the
 * renderer, so what only the renderer uses belongs in `devDependencies` (as electron-vite's own
 * template has it). This reads every import in the tree and holds package.json to that.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
};
/** What electron-builder packs: optional dependencies (a native binding that may fail to build) too. */
const production = { ...pkg.dependencies, ...pkg.optionalDependencies };
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'|import\s*\(\s*'([^']+)'\s*\)|(?:^|\n)import\s+'([^']+)'/g;
const BUILTIN = new Set(builtinModules);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|mjs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** The packages a folder imports at run time (type-only imports leave no trace in the build). */
function packagesImported(dir: string): Set<string> {
  const out = new Set<string>();
  for (const file of sourceFiles(dir)) {
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[2] ?? m[3] ?? m[4] ?? '';
      if (m[1] || spec.startsWith('.') || spec.startsWith('node:') || spec.startsWith('/') || BUILTIN.has(spec)) continue;
      const parts = spec.split('/');
      out.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? spec));
    }
  }
  return out;
}

describe('package.json declares each package where it is used', () => {
  const main = new Set([...packagesImported('src-main'), ...packagesImported('hardware')]);
  main.delete('electron'); // the runtime itself: electron-builder supplies it

  it('puts what the main process, the CLI and the emulators import in dependencies', () => {
    const missing = [...main].filter((name) => !(name in production));
    expect(missing).toEqual([]);
  });

  it('keeps renderer-only and build-only packages out of dependencies', () => {
    const extra = Object.keys(production).filter((name) => !main.has(name));
    expect(extra).toEqual([]);
  });

  it('declares everything the renderer, scripts and tests import', () => {
    const declared = new Set([...Object.keys(production), ...Object.keys(pkg.devDependencies)]);
    for (const dir of ['src-renderer', 'scripts', 'tests']) {
      const undeclared = [...packagesImported(dir)].filter((name) => !declared.has(name));
      expect(undeclared, dir).toEqual([]);
    }
  });
});
