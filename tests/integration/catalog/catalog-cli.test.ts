import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kioskInProcess } from '../../support/kiosk-cli';
import { tempDir } from '../../support/test-kiosk';
import { BUNDLED_CATALOG_FILE, bundledCatalogJson, bytesOf, procedure, smallCatalog } from '../../unit/catalog/catalog-fixtures';

// The commands through the CLI's entry (runCli) in this process: what they do with real catalog
// files and a real database; how a process starts is tested once elsewhere (tests/unit/cli).
describe('kiosk catalog and kiosk search (the CLI)', () => {
  const dir = tempDir('kiosk-cli-');
  const dataDir = join(dir.path, 'data');
  const run = kioskInProcess(dataDir);
  const badFile = join(dir.path, 'bad.json');
  const goodFile = join(dir.path, 'good.json');

  beforeAll(() => {
    writeFileSync(badFile, bytesOf(smallCatalog('bad', [procedure('1.001193', 'A'), procedure('1.001193', 'B', 'cu-tru', { level: [] })])));
    writeFileSync(goodFile, bytesOf(smallCatalog('good', [procedure('1.004222', 'Đăng ký thường trú', 'cu-tru')])));
  });
  afterAll(() => dir.remove());

  it('validate: "ok N procedures" and exit 0 for the bundled catalog', async () => {
    const r = await run('catalog', 'validate', BUNDLED_CATALOG_FILE);
    expect(r).toMatchObject({ code: 0, stdout: `ok ${bundledCatalogJson().procedures.length} procedures\n` });
  });

  it('validate: exit 1 with each problem as path: message', async () => {
    const r = await run('catalog', 'validate', badFile);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([
      'procedures.1.level: Too small: expected array to have >=1 items',
      'procedures.1.code: duplicate procedure code 1.001193 (first at index 0)',
    ]);
    expect(r.stderr).toMatch(/invalid catalog: 2 problems; nothing was changed/);
  });

  it('search: with no procedure, names the place the bundled catalog records', async () => {
    const r = await run('search', 'ho chieu');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'no procedure found',
      expect.stringMatching(/^done elsewhere: Làm hộ chiếu phổ thông: Phòng Quản lý xuất nhập cảnh/),
    ]);
    expect(JSON.parse((await run('search', 'ho chieu', '--json')).stdout)).toEqual([]);
  });

  it('import: a bad file changes nothing, a good one becomes active, and search --json sees it', async () => {
    expect((await run('catalog', 'import', badFile)).code).toBe(1);
    expect(JSON.parse((await run('--json', 'catalog', 'info')).stdout)).toMatchObject({ source: 'bundled' });
    const before = JSON.parse((await run('search', 'khai sinh', '--limit', '2', '--json')).stdout) as unknown[];
    expect(before).toEqual([
      { code: '1.001193', name: 'Đăng ký khai sinh', field: 'ho-tich', score: expect.any(Number) },
      expect.objectContaining({ code: expect.any(String) }),
    ]);

    expect(await run('catalog', 'import', goodFile)).toMatchObject({ code: 0, stdout: 'imported 1 procedures (version good)\n' });
    expect(JSON.parse((await run('search', 'thuong tru', '--json')).stdout)).toEqual([
      { code: '1.004222', name: 'Đăng ký thường trú', field: 'cu-tru', score: expect.any(Number) },
    ]);
    expect((await run('search', 'x', '--limit', '0')).code).toBe(1);
  });
});
