import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../support/axe';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useKioskWithCenterDown } from '../support/center-down';
import { agreeToPrivacy } from '../support/e2e-fill';

async function tapKeys(page: Page, keys: readonly string[]): Promise<void> {
  for (const key of keys) await page.locator(`[data-testid="keyboard"] [data-skbtn="${key}"]`).tap();
}

async function axeAndShot(page: Page, name: string, orientation: (typeof ORIENTATIONS)[number], failures: string[]) {
  await page.evaluate(() => document.fonts.ready);
  for (const v of await seriousA11yViolations(page)) failures.push(`${name}: ${v}`);
  await saveScreenshot(page, name, orientation);
}

// One kiosk and one page for both orientations, the center down when each test starts.
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const { kioskPage, centerBack, centerDown } = useKioskWithCenterDown({ 'devices.printer.interface': 'none' });

describe.each(ORIENTATIONS)('feedback sent while the center is down ($name)', (orientation) => {
  it('is written with the on-screen keyboard, kept offline, delivered when the server returns, and looked up by reference', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    const failures: string[] = [];
    await page.getByTestId('home-action-feedback').tap();
    // The privacy notice comes first: what is collected, why, for how long, who receives it.
    await expect.poll(() => page.getByTestId('consent-keep').textContent()).toContain('30 ngày');
    expect(await page.getByTestId('feedback-step-subject').count()).toBe(0);
    await agreeToPrivacy(page);
    await expect.poll(() => page.getByTestId('feedback-step-subject').isVisible()).toBe(true);
    // Continue with nothing chosen: the screen says what is missing.
    await page.getByTestId('feedback-next').tap();
    await expect.poll(() => page.getByTestId('feedback-step-subject').textContent()).toContain('Vui lòng chọn một mục');
    await page.getByTestId('feedback-subject-procedure').tap();
    const search = page.getByTestId('feedback-procedure-search');
    await search.tap();
    await search.fill('khai sinh');
    await page.getByTestId('feedback-procedure-1.001193').tap();
    await axeAndShot(page, 'feedback-subject', orientation, failures);
    await page.getByTestId('feedback-next').tap();

    await expect.poll(() => page.getByTestId('feedback-step-write').isVisible()).toBe(true);
    await page.getByTestId('feedback-text').tap();
    await expect.poll(() => page.getByTestId('keyboard').getAttribute('data-mode')).toBe('text');
    // Telex by touch: "Maays in hor" → "Máy in hỏ…".
    await tapKeys(page, ['M', 'a', 's', 'y', '{space}', 'i', 'n', '{space}', 'h', 'o', 'r', 'n', 'g']);
    await expect.poll(() => page.getByTestId('feedback-text').inputValue()).toBe('Máy in hỏng');
    await tapKeys(page, ['{done}']);
    await axeAndShot(page, 'feedback-write', orientation, failures);
    await page.getByTestId('feedback-next').tap();

    await expect.poll(() => page.getByTestId('feedback-step-contact').isVisible()).toBe(true);
    await page.getByTestId('feedback-contact-named').tap();
    await page.getByTestId('feedback-name').tap();
    await page.getByTestId('feedback-name').fill('Lò Văn Páo');
    await page.getByTestId('feedback-phone').tap();
    await page.getByTestId('feedback-phone').fill('0987 654 32');
    await page.getByTestId('feedback-next').tap();
    await expect.poll(() => page.getByTestId('feedback-step-contact').textContent()).toContain('Số điện thoại chưa đúng');
    await page.getByTestId('feedback-phone').fill('0987 654 321');
    await axeAndShot(page, 'feedback-contact', orientation, failures);
    await page.getByTestId('feedback-next').tap();

    await expect.poll(() => page.getByTestId('feedback-step-review').textContent()).toContain('Máy in hỏng');
    await axeAndShot(page, 'feedback-review', orientation, failures);
    await page.getByTestId('feedback-send').tap();

    await expect.poll(() => page.getByTestId('screen-feedback-receipt').isVisible()).toBe(true);
    const reference = (await page.getByTestId('feedback-reference').getAttribute('data-reference')) ?? '';
    expect(reference).toMatch(/^[2-9A-HJ-NP-Z]{13}$/);
    expect(await page.getByTestId('feedback-state').getAttribute('data-state')).toBe('queued');
    expect(await page.getByTestId('dossier-qr').getAttribute('data-qr')).toBe(reference);
    await axeAndShot(page, 'feedback-receipt-queued', orientation, failures);

    // The center comes back: the kiosk delivers the feedback by itself, once.
    const server = await centerBack();
    await expect.poll(() => server.store.allFeedback().map((f) => f.reference), { timeout: 20_000 }).toEqual([reference]);
    const body = JSON.parse(server.store.allFeedback()[0]?.body ?? '{}');
    expect(body).toMatchObject({
      text: 'Máy in hỏng',
      subject: { kind: 'procedure', procedureCode: '1.001193' },
      contact: { phone: '0987654321' },
    });
    server.store.setFeedbackStatus(reference, 'answered', 'Trung tâm đã thay máy in mới.', new Date().toISOString());

    // Later, at the kiosk: look the reference up by typing it.
    await page.getByTestId('feedback-done').tap();
    await page.getByTestId('home-action-feedback').tap();
    await page.getByTestId('feedback-open-lookup').tap();
    const input = page.getByTestId('feedback-lookup-input');
    await input.tap();
    await input.fill(reference.toLowerCase());
    await page.getByTestId('feedback-lookup-go').tap();
    await expect.poll(() => page.getByTestId('feedback-remote').getAttribute('data-status')).toBe('answered');
    expect(await page.getByTestId('feedback-remote-note').textContent()).toBe('Trung tâm đã thay máy in mới.');
    expect(await page.getByTestId('feedback-state').getAttribute('data-state')).toBe('sent');
    // The lookup never shows what was written or who wrote it.
    expect(await page.getByTestId('feedback-result').textContent()).not.toContain('Máy in hỏng');
    expect(await page.getByTestId('feedback-result').textContent()).not.toContain('Lò Văn Páo');
    await axeAndShot(page, 'feedback-lookup', orientation, failures);
    expect(failures).toEqual([]);
    await centerDown();
  });
});
