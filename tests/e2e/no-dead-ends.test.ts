import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../support/axe';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useWebKiosk } from '../support/e2e-kiosk';
import { runningClockFrom } from '../support/printer-kiosk';
import { useReusedKioskPage } from '../support/reused-page';
import { wedgeBurst } from '../support/wedge';

// Saturday 14:00 in Hà Nội: the Saturday morning session is over, every queue is closed.
const SATURDAY_2PM = '2026-11-28T07:00:00.000Z';

async function toArabic(page: Page): Promise<void> {
  await page.getByTestId('nav-language').tap();
  await page.getByTestId('language-ar').tap();
  await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
}

describe.each(ORIENTATIONS)('no dead ends ($name)', (orientation) => {
  const kiosk = useWebKiosk(orientation, { deps: () => ({ clock: runningClockFrom(SATURDAY_2PM) }) });
  const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), orientation);

  it('an unknown procedure code offers search, a ticket and the staff; a foreign code is told as read, above the bar', async () => {
    const page = await kioskPage.fresh();
    await expect.poll(() => page.getByTestId('center-name').textContent()).toBe('Trung tâm Phục vụ hành chính công');
    await wedgeBurst(page, '9.999999');
    await page.getByTestId('procedure-unknown').waitFor();
    expect(await page.getByTestId('procedure-unknown').textContent()).toContain('9.999999');
    for (const way of ['unknown-search', 'unknown-ticket', 'unknown-ask-staff']) expect(await page.getByTestId(way).isVisible()).toBe(true);
    await saveScreenshot(page, 'unknown-procedure-vi', orientation);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByTestId('unknown-search').tap();
    await page.getByTestId('screen-catalog-search').waitFor();

    // A code read whole that is none of the kiosk's: not "could not read"; the bar stays uncovered.
    await wedgeBurst(page, 'WIFI:T:WPA;S:cafe;;');
    const note = page.getByTestId('scan-feedback');
    await expect.poll(() => note.textContent()).toContain('Đã đọc được mã, nhưng đây không phải mã của trung tâm');
    expect(await note.textContent()).not.toContain('Không đọc được');
    const noteBox = await note.boundingBox();
    const barTop = (await page.locator('.help-bar').boundingBox())?.y ?? 0;
    expect(noteBox && noteBox.y + noteBox.height).toBeLessThanOrEqual(barTop);
    await page.getByTestId('nav-home').tap();
    await page.getByTestId('screen-home').waitFor();
    await saveScreenshot(page, 'scan-not-ours-vi', orientation);

    await toArabic(page);
    await wedgeBurst(page, '9.999999');
    await page.getByTestId('procedure-unknown').waitFor();
    expect(await page.getByTestId('unknown-ticket').textContent()).toContain('أخذ رقم');
    await saveScreenshot(page, 'unknown-procedure-ar', orientation);
  });

  it('a tap on a closed queue says when it opens', async () => {
    const page = await kioskPage.fresh();
    await page.getByTestId('home-action-ticket').tap();
    const tile = page.getByTestId('service-civil-status');
    await expect.poll(() => tile.getAttribute('data-closed')).toBe('true');
    await tile.tap();
    await expect.poll(() => page.getByTestId('ticket-closed-notice').textContent()).toMatch(/đang nghỉ\. Quầy mở lại lúc 07:30 Thứ Hai/);
    expect(await page.getByTestId('ticket-number').count()).toBe(0);
    await saveScreenshot(page, 'ticket-closed-tap-vi', orientation);
    await toArabic(page);
    await page.getByTestId('service-civil-status').tap();
    await expect.poll(() => page.getByTestId('ticket-closed-notice').textContent()).toContain('07:30');
    await saveScreenshot(page, 'ticket-closed-tap-ar', orientation);
  });
});
