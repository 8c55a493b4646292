import { describe, expect, it } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useWebKiosk } from '../support/e2e-kiosk';

describe.each(ORIENTATIONS)('home screen ($name)', (orientation) => {
  const kiosk = useWebKiosk(orientation, {
    prepare: (k) => k.kiosk.config.set('center.name', 'Trung tâm Phục vụ hành chính công xã Tả Van'),
  });

  it('greets in Vietnamese, switches to English by touch, and comes back home', async () => {
    const { page, context } = await kiosk.open();
    await expect.poll(() => page.getByTestId('screen-home').isVisible()).toBe(true);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Xin chào');
    // The center name comes from the core over the bridge, so seeing it proves the round trip.
    await expect.poll(() => page.getByTestId('center-name').textContent()).toBe('Trung tâm Phục vụ hành chính công xã Tả Van');
    await saveScreenshot(page, 'home-vi', orientation);

    await page.getByTestId('nav-language').tap();
    await expect.poll(() => page.getByTestId('screen-language').isVisible()).toBe(true);
    await saveScreenshot(page, 'language', orientation);
    await page.getByTestId('language-en').tap();

    await expect.poll(() => page.locator('h1').textContent()).toBe('Hello! How can we help you?');
    expect(await page.getByTestId('nav-back').isDisabled()).toBe(true);
    await saveScreenshot(page, 'home-en', orientation);

    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-ar').tap();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await saveScreenshot(page, 'home-ar', orientation);
    await context.close();
  });
});
