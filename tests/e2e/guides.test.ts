import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../support/axe';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { agreeToPrivacy } from '../support/e2e-fill';
import { useWebKiosk } from '../support/e2e-kiosk';
import { useReusedKioskPage } from '../support/reused-page';

async function checkAndShoot(page: Page, name: string, orientation: (typeof ORIENTATIONS)[number], failures: string[]) {
  await page.evaluate(() => document.fonts.ready);
  for (const v of await seriousA11yViolations(page)) failures.push(`${name}: ${v}`);
  await saveScreenshot(page, name, orientation);
}

// One kiosk and one page for both orientations: each test loads the kiosk again, turned to its
// orientation, with the app in the page's cache. Nothing here changes what the kiosk keeps.
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kiosk = useWebKiosk(ORIENTATIONS[0]);
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

describe.each(ORIENTATIONS)('picture guides ($name)', (orientation) => {
  it('a guide is read through, a step per screen, to the QR of its official page', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    const failures: string[] = [];
    await page.getByTestId('home-action-guides').tap();
    await expect.poll(() => page.getByTestId('guide-vneid-level-2').isVisible()).toBe(true);
    await checkAndShoot(page, 'guides-list', orientation, failures);
    await page.getByTestId('guide-vneid-level-2').tap();
    await expect.poll(() => page.getByTestId('guide-step-1').isVisible()).toBe(true);
    expect(await page.getByTestId('guide-progress').textContent()).toBe('Bước 1/6');
    expect(await page.getByTestId('guide-step-1').textContent()).toContain('thẻ căn cước');
    await checkAndShoot(page, 'guide-vneid-step-1', orientation, failures);
    for (let n = 2; n <= 6; n++) {
      await page.getByTestId('guide-next').tap();
      await expect.poll(() => page.getByTestId(`guide-step-${n}`).isVisible()).toBe(true);
    }
    await checkAndShoot(page, 'guide-vneid-step-6', orientation, failures);
    await page.getByTestId('guide-next').tap();
    await expect.poll(() => page.getByTestId('guide-qr').getAttribute('data-qr')).toBe('https://vneid.gov.vn');
    expect(await page.getByTestId('guide-end').textContent()).toContain('vneid.gov.vn');
    await checkAndShoot(page, 'guide-vneid-end', orientation, failures);
    // Back goes a step back; Done returns to the list.
    await page.getByTestId('guide-prev').tap();
    await expect.poll(() => page.getByTestId('guide-step-6').isVisible()).toBe(true);
    await page.getByTestId('guide-next').tap();
    await page.getByTestId('guide-done').tap();
    await expect.poll(() => page.getByTestId('screen-guides').isVisible()).toBe(true);
    expect(failures).toEqual([]);
  });

  it('in Polish the guide is shown in English with a notice', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    const failures: string[] = [];
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-pl').tap();
    await page.getByTestId('screen-home').waitFor();
    await page.getByTestId('home-action-guides').tap();
    await expect.poll(() => page.getByTestId('guides-fallback').isVisible()).toBe(true);
    await page.getByTestId('guide-portal-sign-in').tap();
    await expect.poll(() => page.getByTestId('guide-fallback').textContent()).toContain('po angielsku');
    expect(await page.getByTestId('guide-step-1').textContent()).toContain('Open dichvucong.gov.vn');
    await checkAndShoot(page, 'guide-portal-pl', orientation, failures);
    expect(failures).toEqual([]);
  });

  it('right to left in Arabic: guides, a guide step and the feedback screens pass axe', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    const failures: string[] = [];
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-ar').tap();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByTestId('home-action-guides').tap();
    await page.getByTestId('guide-file-online').waitFor();
    await checkAndShoot(page, 'guides-list-ar', orientation, failures);
    await page.getByTestId('guide-file-online').tap();
    await page.getByTestId('guide-step-1').waitFor();
    await checkAndShoot(page, 'guide-step-ar', orientation, failures);
    await page.getByTestId('nav-home').tap();
    await page.getByTestId('home-action-feedback').tap();
    await checkAndShoot(page, 'feedback-consent-ar', orientation, failures);
    await agreeToPrivacy(page);
    await page.getByTestId('feedback-subject-service').tap();
    await checkAndShoot(page, 'feedback-subject-ar', orientation, failures);
    await page.getByTestId('feedback-open-lookup').tap();
    await page.getByTestId('screen-feedback-lookup').waitFor();
    await checkAndShoot(page, 'feedback-lookup-ar', orientation, failures);
    expect(failures).toEqual([]);
  });
});
