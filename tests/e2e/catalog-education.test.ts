import { describe, expect, it } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { fill } from '../support/e2e-fill';
import { useWebKiosk } from '../support/e2e-kiosk';
import { useReusedKioskPage } from '../support/reused-page';

// One kiosk and one page for both orientations: each test loads the kiosk again, turned to its
// orientation, with the app and the catalog in the page's cache.
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kiosk = useWebKiosk(ORIENTATIONS[0]);
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

describe.each(ORIENTATIONS)('education support procedures ($name)', (orientation) => {
  it('a parent asking about tuition learns the papers go to the school and the commune reviews them', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    await page.getByTestId('home-action-catalog').tap();
    await page.getByTestId('screen-catalog-search').waitFor();
    await fill(page, 'catalog-search-input', 'mien giam hoc phi');
    const result = page.getByTestId('catalog-result-1.014335');
    await expect.poll(() => result.textContent()).toContain('Đề nghị miễn, giảm học phí');
    await result.tap();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Đề nghị miễn, giảm học phí');
    const where = (await page.getByTestId('procedure-where').textContent()) ?? '';
    expect(where).toContain('nhận hồ sơ');
    expect(where).toContain('Ủy ban nhân dân cấp xã nơi người học thường trú');
    expect(await page.getByTestId('procedure-fee').textContent()).toContain('Không mất phí');
    expect(await page.getByTestId('procedure-online').textContent()).toContain('Trên Cổng Dịch vụ công quốc gia');
    await saveScreenshot(page, 'catalog-education-tuition', orientation);
  });

  it('lists the learning support of the very small ethnic minorities, and "ho chieu" still does not', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    await page.getByTestId('home-action-catalog').tap();
    await page.getByTestId('screen-catalog-search').waitFor();
    await fill(page, 'catalog-search-input', 'dan toc thieu so rat it nguoi');
    await expect.poll(() => page.getByTestId('catalog-result-1.003702').textContent()).toContain('dân tộc thiểu số rất ít người');
    await fill(page, 'catalog-search-input', 'ho chieu');
    await page.getByTestId('catalog-elsewhere-ho-chieu').waitFor();
    expect(await page.getByTestId('catalog-result-1.003702').count()).toBe(0);
  });
});
