import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../support/axe';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { seedCatalogDraft } from '../support/dossier-fixtures';
import { fill, fillDate } from '../support/e2e-fill';
import { useWebKiosk } from '../support/e2e-kiosk';

const key = (page: Page, name: string) => page.locator(`[data-testid="keyboard"] [data-skbtn="${name}"]`);

describe.each(ORIENTATIONS)('finding a dossier again ($name)', (orientation) => {
  let code = '';
  const kiosk = useWebKiosk(orientation, {
    async prepare(started) {
      const reply = await started.kiosk.dispatch(started.kiosk.newSession(), 'dossier.submit', seedCatalogDraft());
      if (!reply.ok) throw new Error(reply.error.message);
      code = (reply.result as { code: string }).code;
    },
  });

  it('the code keyboard has only code characters and groups as printed; a lost receipt is found by ID and birth date', async () => {
    const { page, context } = await kiosk.open();
    await page.getByTestId('home-action-dossier-status').tap();
    await page.getByTestId('status-input').tap();

    // Only the code alphabet: no O, I, 0 or 1 to hunt for.
    await key(page, 'K').waitFor();
    for (const absent of ['O', 'I', '0', '1']) expect(await key(page, absent).count()).toBe(0);
    for (const ch of code) await key(page, ch).tap();
    expect(await page.getByTestId('status-input').inputValue()).toBe(
      `${code.slice(0, 4)} ${code.slice(4, 8)} ${code.slice(8, 12)} ${code.slice(12)}`,
    );
    await saveScreenshot(page, 'dossier-lookup-code-keyboard', orientation);
    await key(page, '{done}').tap();
    await page.getByTestId('status-lookup').tap();
    await expect.poll(() => page.getByTestId('status-code').textContent()).toBe(await page.getByTestId('status-input').inputValue());

    // The lost receipt: ID number and birth date, and the screen says only this kiosk's dossiers are found.
    expect(await page.getByTestId('person-only-here').textContent()).toContain('chỉ tìm được hồ sơ đã nộp tại kiosk này');
    await fill(page, 'person-citizenId', '014195001234');
    await fillDate(page, 'person-dateOfBirth', '2', '8', '1995');
    await page.getByTestId('person-find').tap();
    const match = page.getByTestId('person-match');
    await match.waitFor();
    expect(await match.count()).toBe(1);
    const text = (await match.textContent()) ?? '';
    expect(text).toContain('Đăng ký khai sinh');
    expect(text).toMatch(/ngày \d+ tháng \d+ năm 2026/);
    // Status only: no code, name, phone or address.
    for (const secret of [code, 'Lò Thị Mai', '0987', 'Hua Păng', '014195001234']) expect(text).not.toContain(secret);
    await page.getByTestId('person-lookup').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dossier-lookup-person-vi', orientation);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A wrong birth date finds nothing, and says what to do.
    await fill(page, 'person-dateOfBirth-day', '3');
    await page.getByTestId('person-find').tap();
    await expect.poll(() => page.getByTestId('person-none').textContent()).toContain('hỏi cán bộ tại quầy');

    // The same in Arabic.
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-ar').tap();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByTestId('screen-dossier-status').waitFor();
    await fill(page, 'person-citizenId', '014195001234');
    await fillDate(page, 'person-dateOfBirth', '2', '8', '1995');
    await page.getByTestId('person-find').tap();
    await page.getByTestId('person-match').waitFor();
    expect(await page.getByTestId('person-only-here').textContent()).toContain('هذا الكشك');
    await page.getByTestId('person-lookup').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dossier-lookup-person-ar', orientation);
    await context.close();
  });
});
