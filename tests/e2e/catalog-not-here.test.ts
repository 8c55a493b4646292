import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../support/axe';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { fill } from '../support/e2e-fill';
import { useWebKiosk } from '../support/e2e-kiosk';
import { useReusedKioskPage } from '../support/reused-page';

/**
 * Passport, ID card, health insurance, land-use certificate: this center's catalog has none of them,
 * and names where each is done (its `elsewhere` list).
 */
const NOT_HERE: ReadonlyArray<readonly [query: string, id: string, place: string]> = [
  ['ho chieu', 'ho-chieu', 'Phòng Quản lý xuất nhập cảnh, Công an tỉnh, thành phố'],
  ['lam cccd', 'can-cuoc', 'Công an xã, phường'],
  ['bao hiem y te', 'bao-hiem-y-te', 'Cơ quan Bảo hiểm xã hội'],
  ['so do', 'so-do', 'Chi nhánh Văn phòng đăng ký đất đai'],
];

// One kiosk and one page for both orientations: each test loads the kiosk again, turned to its
// orientation, with the app in the page's cache.
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kiosk = useWebKiosk(ORIENTATIONS[0]);
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

describe.each(ORIENTATIONS)('search that admits "not here" ($name)', (orientation) => {
  it('answers the four queries with an honest screen and a queue number, not unrelated procedures', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    await page.getByTestId('home-action-catalog').tap();
    await page.getByTestId('screen-catalog-search').waitFor();
    for (const [query, id, place] of NOT_HERE) {
      await fill(page, 'catalog-search-input', query);
      // The answer to this query, not the previous one's screen still on its way out.
      await page.getByTestId(`catalog-elsewhere-${id}`).waitFor();
      const text = (await page.getByTestId('catalog-no-results').textContent()) ?? '';
      expect(text).toContain(`Không tìm thấy thủ tục nào cho “${query}” tại đây.`);
      expect(await page.getByTestId(`catalog-elsewhere-${id}`).textContent()).toContain(place);
      expect(await page.getByTestId('catalog-elsewhere').locator('li').count()).toBe(1);
      expect(text).toContain('hỏi cán bộ tại quầy');
      expect(await page.getByTestId('catalog-results').count()).toBe(0);
      if (id === 'ho-chieu') {
        await saveScreenshot(page, 'catalog-not-here-vi', orientation);
        expect(await seriousA11yViolations(page)).toEqual([]);
      }
    }
    await saveScreenshot(page, 'catalog-not-here-land-vi', orientation);

    // Nothing known anywhere: the honest "ask at the counter" screen without a place.
    await fill(page, 'catalog-search-input', 'zzzz qqqq');
    await expect.poll(() => page.getByTestId('catalog-no-results').textContent()).toContain('“zzzz qqqq”');
    expect(await page.getByTestId('catalog-elsewhere').count()).toBe(0);
    expect(await page.getByTestId('catalog-no-results').textContent()).toContain('cán bộ sẽ chỉ cho bạn nơi giải quyết');

    // A procedure known only by its listing says its papers are not listed, not "no papers".
    await fill(page, 'catalog-search-input', 'cong nhan ho ngheo');
    await page.getByTestId('catalog-result-1.011606').tap();
    await page.getByTestId('procedure-documents-unknown').waitFor();
    expect(await page.getByTestId('procedure-fee').textContent()).toContain('Hỏi cán bộ tại quầy');
    expect(await page.getByText('Không cần nộp giấy tờ.').count()).toBe(0);
    await saveScreenshot(page, 'catalog-listing-only-vi', orientation);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByTestId('nav-back').tap();
    await page.getByTestId('screen-catalog-search').waitFor();

    // The first land certificate, listing-only until 2026.12.8, now lists its papers and the provincial fee.
    await fill(page, 'catalog-search-input', 'cap giay chung nhan lan dau');
    await page.getByTestId('catalog-result-1.013978').tap();
    await expect.poll(() => page.getByTestId('procedure-documents').textContent()).toContain('Mẫu số 15');
    expect(await page.getByTestId('procedure-fee').textContent()).toContain('Hội đồng nhân dân cấp tỉnh');
    expect(await page.getByTestId('procedure-documents-unknown').count()).toBe(0);
    await saveScreenshot(page, 'catalog-land-filled-vi', orientation);
    await page.getByTestId('nav-back').tap();
    await page.getByTestId('screen-catalog-search').waitFor();

    // A real name among extra words is still found.
    await fill(page, 'catalog-search-input', 'lam giay khai sinh');
    await expect.poll(() => page.getByTestId('catalog-results').locator('li').first().textContent()).toContain('Đăng ký khai sinh');

    // The same honest answer in Arabic, and its button leads to a queue number.
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-ar').tap();
    await page.getByTestId('screen-catalog-search').waitFor();
    await fill(page, 'catalog-search-input', 'ho chieu');
    await page.getByTestId('catalog-elsewhere-ho-chieu').waitFor();
    // The place in English inside the Arabic screen, marked as English.
    expect(await page.getByTestId('catalog-elsewhere-ho-chieu').locator('strong').getAttribute('lang')).toBe('en');
    await saveScreenshot(page, 'catalog-not-here-ar', orientation);
    await page.getByTestId('catalog-no-results-ticket').tap();
    await page.getByTestId('screen-ticket-services').waitFor();
  });
});
