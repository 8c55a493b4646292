import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultBundledCatalogFile } from '../../src-main/core/catalog/bundled-catalog';
import { enrolKiosk } from '../../src-main/core/center-link/enrol-kiosk';
import { ORIENTATIONS, SCREENSHOT_DIR } from '../support/browser';
import { startTestCenter, type TestCenter } from '../support/center-app';
import { fill } from '../support/e2e-fill';
import { useWebKiosk } from '../support/e2e-kiosk';
import { ensureOfficeBuilt } from '../support/office-build';

/** The province's list as its department would hand it over: the shipped list, renamed and re-versioned. */
function provinceCatalogFile(dir: string): string {
  const catalog = JSON.parse(readFileSync(defaultBundledCatalogFile(), 'utf8')) as {
    version: string;
    procedures: { code: string; name: { vi: string } }[];
  };
  catalog.version = '2026.12.1-lao-cai';
  for (const p of catalog.procedures) if (p.code === '1.001193') p.name.vi = 'Đăng ký khai sinh (danh mục tỉnh Lào Cai)';
  const file = join(dir, 'danh-muc-lao-cai.json');
  writeFileSync(file, JSON.stringify(catalog));
  return file;
}

const portrait = ORIENTATIONS[0];

describe('the catalog: the province imports its list, publishes it, and a kiosk fetches it by ETag', () => {
  let center: TestCenter;
  let dir = '';
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    await ensureOfficeBuilt();
    dir = mkdtempSync(join(tmpdir(), 'center-catalog-'));
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
    await center?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const kiosk = useWebKiosk(portrait, {
    prepare: async (k) => {
      center = await startTestCenter('sqlite');
      const { code } = await center.store.kiosks.issueEnrolment('xa-ta-phin', 'admin', new Date());
      await enrolKiosk({ fetch: (i, init) => fetch(i, init), config: k.kiosk.config, kioskId: k.kiosk.kioskId }, center.url, code);
      await center.store.staff.add(
        { username: 'tinh', displayName: 'Trần Văn Tỉnh', password: 'mat-khau-du-dai-2', role: 'admin', communeId: null },
        new Date(),
      );
    },
  });

  it('imports the file, publishes it after a confirmation, and the kiosk takes it once, then 304', async () => {
    expect((await kiosk.kiosk.catalogRefresher.refreshNow()).outcome).toBe('failed');
    const desk = await kiosk.browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    contexts.push(desk);
    const office = await desk.newPage();
    await office.goto(`${center.url}/office/#/catalog`);
    await office.getByLabel('Tên đăng nhập').fill('tinh');
    await office.getByLabel('Mật khẩu').fill('mat-khau-du-dai-2');
    await office.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => office.getByTestId('catalog-file').isVisible()).toBe(true);

    await office.getByTestId('catalog-file').setInputFiles(provinceCatalogFile(dir));
    await expect.poll(() => office.getByTestId('catalog-message').textContent()).toContain('Đã nhập phiên bản 2026.12.1-lao-cai');
    const row = office.getByTestId('catalog-row-2026.12.1-lao-cai');
    await expect.poll(() => row.getAttribute('data-live')).toBe('false');
    office.once('dialog', (dialog) => void dialog.accept());
    await office.getByTestId('catalog-publish-2026.12.1-lao-cai').click();
    await expect.poll(() => row.getAttribute('data-live')).toBe('true');
    await office.screenshot({ path: join(SCREENSHOT_DIR, 'center-office-catalog-desk.png'), fullPage: true });

    expect((await kiosk.kiosk.catalogRefresher.refreshNow()).outcome).toBe('updated');
    expect(kiosk.kiosk.catalog.info().version).toBe('2026.12.1-lao-cai');
    expect((await kiosk.kiosk.catalogRefresher.refreshNow()).outcome).toBe('not-modified');

    const { page, context } = await kiosk.open();
    contexts.push(context);
    await page.getByTestId('home-action-catalog').tap();
    await fill(page, 'catalog-search-input', 'khai sinh');
    await expect.poll(() => page.getByTestId('catalog-result-1.001193').textContent()).toContain('danh mục tỉnh Lào Cai');
  });
});
