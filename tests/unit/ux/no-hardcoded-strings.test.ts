import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findHardCodedStrings } from './hardcoded-strings';

const RENDERER = fileURLToPath(new URL('../../../src-renderer', import.meta.url));

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsxFiles(path);
    return e.name.endsWith('.tsx') ? [path] : [];
  });
}

describe('no user-facing string is written straight into a component', () => {
  it('finds text nodes, string props and literals in expressions (the check itself works)', () => {
    const source = `
      export const A = ({ ok }) => (
        <div title="Trang chủ" aria-label={'Đóng'} data-testid="x" className="tile">
          Xin chào {ok ? 'Có' : t('no')} {t('key')} {42} {' · '}
          <Tile label={\`Số \${n}\`} subtitle={t('k')} lang="vi" />
          <code>npx kiosk info</code> <span translate="no">dichvucong.gov.vn</span>
        </div>
      );`;
    const found = findHardCodedStrings(source).map((f) => `${f.where}:${f.text}`);
    expect(found).toEqual(['title:Trang chủ', 'aria-label:Đóng', 'text:Xin chào', 'text:Có', 'label:Số ']);
  });

  it.each(tsxFiles(RENDERER).map((f) => relative(RENDERER, f)))('src-renderer/%s', (file) => {
    const findings = findHardCodedStrings(readFileSync(join(RENDERER, file), 'utf8'));
    expect(findings.map((f) => `line ${f.line} (${f.where}): ${f.text}`)).toEqual([]);
  });
});
