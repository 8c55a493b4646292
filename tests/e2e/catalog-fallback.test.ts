import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { fill } from '../support/e2e-fill';
import { useWebKiosk } from '../support/e2e-kiosk';
import { useReusedKioskPage } from '../support/reused-page';

async function chooseLanguage(page: Page, lang: 'ar' | 'pl'): Promise<void> {
  await page.getByTestId('nav-language').tap();
  await page.getByTestId(`language-${lang}`).tap();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
}

describe.each(ORIENTATIONS)('Arabic and Polish screens fall back to English, not Vietnamese ($name)', (orientation) => {
  const kiosk = useWebKiosk(orientation);
  const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), orientation);

  it.each(['ar', 'pl'] as const)('%s: field tiles translated, procedure facts in English, English search words found', async (lang) => {
    const page = await kioskPage.fresh();
    await chooseLanguage(page, lang);
    await page.getByTestId('home-action-catalog').tap();
    await page.getByTestId('screen-catalog-search').waitFor();

    // Field tiles in the screen's language.
    const tile = page.getByTestId('catalog-field-ho-tich');
    await expect.poll(() => tile.textContent()).toContain(lang === 'ar' ? 'الأحوال المدنية' : 'Stan cywilny');
    expect(await tile.textContent()).not.toContain('Hộ tịch');

    // The hint no longer asks for Vietnamese.
    const lead = (await page.locator('.lead, [data-testid="catalog-search-lead"]').first().textContent()) ?? '';
    expect(lead).not.toMatch(/بالفيتنامية،|po wietnamsku,/);

    // An English word finds the procedure in any language.
    await fill(page, 'catalog-search-input', 'birth');
    await expect.poll(() => page.getByTestId('catalog-results').locator('li').first().textContent()).toContain('Birth registration');
    await saveScreenshot(page, `catalog-fallback-results-${lang}`, orientation);

    await page.getByTestId('catalog-result-1.001193').tap();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Birth registration');
    expect(await page.locator('h1').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.getByTestId('procedure-documents').textContent()).toContain('Birth registration form');
    const facts = `${await page.getByTestId('procedure-time').textContent()} ${await page.getByTestId('procedure-where').textContent()}`;
    expect(facts).toContain('The same day');
    expect(facts).toContain("Commune People's Committee");
    expect(facts).not.toMatch(/Ngay trong ngày|Ủy ban nhân dân/);
    await saveScreenshot(page, `catalog-fallback-procedure-${lang}`, orientation);
  });
});
