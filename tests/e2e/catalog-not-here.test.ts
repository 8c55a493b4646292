import { describe, expect, it } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { fill } from '../support/e2e-fill';
import { useWebKiosk } from '../support/e2e-kiosk';

/** Passport, ID card, health insurance, land-use certificate: this center's catalog has none of them. */
const NOT_HERE = ['ho chieu', 'lam cccd', 'bao hiem y te', 'so do'];

describe.each(ORIENTATIONS)('search that admits "not here" ($name)', (orientation) => {
  const kiosk = useWebKiosk(orientation);

  it('answers the four queries with an honest screen and a queue number, not unrelated procedures', async () => {
    const { page, context } = await kiosk.open();
    await page.getByTestId('home-action-catalog').tap();
    await page.getByTestId('screen-catalog-search').waitFor();
    for (const query of NOT_HERE) {
      await fill(page, 'catalog-search-input', query);
      await page.getByTestId('catalog-no-results').waitFor();
      const text = (await page.getByTestId('catalog-no-results').textContent()) ?? '';
      expect(text).toContain(`Không tìm thấy thủ tục nào cho “${query}” tại đây.`);
      expect(text).toContain('hỏi cán bộ tại quầy');
      expect(await page.getByTestId('catalog-results').count()).toBe(0);
    }
    await saveScreenshot(page, 'catalog-not-here-vi', orientation);

    // A real name among extra words is still found.
    await fill(page, 'catalog-search-input', 'lam giay khai sinh');
    await expect.poll(() => page.getByTestId('catalog-results').locator('li').first().textContent()).toContain('Đăng ký khai sinh');

    // The same honest answer in Arabic, and its button leads to a queue number.
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-ar').tap();
    await page.getByTestId('screen-catalog-search').waitFor();
    await fill(page, 'catalog-search-input', 'ho chieu');
    await page.getByTestId('catalog-no-results').waitFor();
    await saveScreenshot(page, 'catalog-not-here-ar', orientation);
    await page.getByTestId('catalog-no-results-ticket').tap();
    await page.getByTestId('screen-ticket-services').waitFor();
    await context.close();
  });
});
