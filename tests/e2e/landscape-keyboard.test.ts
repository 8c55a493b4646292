import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../support/axe';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useWebKiosk } from '../support/e2e-kiosk';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Result rows wholly inside the screen's scroll area and clear of the keyboard. */
async function visibleResultRows(page: Page): Promise<number> {
  const main = await page.locator('#main').boundingBox();
  const kbd = await page.getByTestId('keyboard').boundingBox();
  if (!main || !kbd) throw new Error('no screen or keyboard');
  let n = 0;
  for (const row of await page.locator('.result-row').all()) {
    const b = await row.boundingBox();
    if (b && b.y >= main.y && b.y + b.height <= main.y + main.height && !overlaps(b, kbd)) n++;
  }
  return n;
}

describe.each(ORIENTATIONS)('typing a search with the keyboard open ($name)', (orientation) => {
  const kiosk = useWebKiosk(orientation);

  it('keeps results in view while typing, and secondary text at 24 px or more', async () => {
    const { page, context } = await kiosk.open();
    await page.getByTestId('home-action-catalog').tap();
    await page.getByTestId('catalog-search-input').tap();
    for (const key of ['k', 'h', 'a', 'i', '{space}', 's', 'i', 'n', 'h']) {
      await page.locator(`[data-testid="keyboard"] [data-skbtn="${key}"]`).tap();
    }
    expect(await page.getByTestId('catalog-search-input').inputValue()).toBe('khai sinh');
    await page.getByTestId('catalog-result-1.001193').waitFor();
    // Without tapping "Xong": the keyboard is still open and several results can be read and touched.
    expect(await page.getByTestId('keyboard').isVisible()).toBe(true);
    await saveScreenshot(page, 'search-keyboard-open-vi', orientation);
    await expect.poll(() => visibleResultRows(page)).toBeGreaterThanOrEqual(3);
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('.result-row__meta, .kbd-dock__field, .tone-picker__hint')].map((el) =>
          Number.parseFloat(getComputedStyle(el).fontSize),
        ),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(24);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
