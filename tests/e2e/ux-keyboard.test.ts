import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useKioskBrowser } from '../support/e2e-kiosk';
import { type Harness, startHarness } from '../support/harness';
import { useReusedKioskPage } from '../support/reused-page';

async function values(page: Page): Promise<Record<string, string | number>> {
  return JSON.parse((await page.getByTestId('values').textContent()) ?? '{}');
}

async function tapKeys(page: Page, keys: readonly string[]): Promise<void> {
  for (const key of keys) await page.locator(`[data-testid="keyboard"] [data-skbtn="${key}"]`).tap();
}

// One harness and one page for both orientations, loaded again and turned for each test.
describe('on-screen keyboard', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });
  const kb = useKioskBrowser();
  const kioskPage = useReusedKioskPage(() => ({ browser: kb.browser, url: harness.url }), ORIENTATIONS[0]);

  describe.each(ORIENTATIONS)('on-screen keyboard ($name)', (orientation) => {
    it('types Vietnamese with Telex by touch, keeps focus in the field, and closes on Done', async () => {
      const page = await kioskPage.fresh({ turned: orientation });
      await page.getByTestId('field-name').tap();
      await expect.poll(() => page.getByTestId('keyboard').getAttribute('data-mode')).toBe('text');
      // Names start with a capital: the keyboard offers one at the start of each word.
      await tapKeys(page, ['N', 'g', 'u', 'y', 'e', 'e', 'n', 'x', '{space}', 'V', 'a', 'w', 'n', '{space}', 'A', 'n', 'h']);
      await expect.poll(async () => (await values(page)).name).toBe('Nguyễn Văn Anh');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('field-name');
      await saveScreenshot(page, 'keyboard-text-vi', orientation);
      await tapKeys(page, ['{bksp}', '{bksp}', '{bksp}']);
      await expect.poll(async () => (await values(page)).name).toBe('Nguyễn Văn ');
      await tapKeys(page, ['{done}']);
      await expect.poll(() => page.getByTestId('keyboard').count()).toBe(0);
    });

    it('offers the toned forms of a tapped vowel as large keys (Telex off)', async () => {
      const page = await kioskPage.fresh({ turned: orientation });
      await page.getByTestId('field-name').tap();
      await tapKeys(page, ['{telex}', 'H']);
      await tapKeys(page, ['o']);
      await expect.poll(() => page.getByTestId('tone-picker').locator('button').count()).toBe(6);
      await tapKeys(page, ['a']);
      await page.getByTestId('tone-1').tap(); // huyền on a: the person chooses where the mark goes
      await expect.poll(async () => (await values(page)).name).toBe('Hoà');
      await tapKeys(page, ['{space}', 'B', 'i']);
      await page.getByTestId('tone-1').tap();
      await tapKeys(page, ['n', 'h', '{space}', 'Ơ']);
      await page.getByTestId('tone-2').tap();
      await expect.poll(async () => (await values(page)).name).toBe('Hoà Bình Ớ');
      const name = String((await values(page)).name);
      expect(name.normalize('NFC')).toBe(name);
      await tapKeys(page, ['{bksp}', '{bksp}', 'ư']);
      await saveScreenshot(page, 'keyboard-tone-picker-vi', orientation);
    });

    it('shows a digits pad for ID and phone numbers and refuses letters from a hardware keyboard', async () => {
      const page = await kioskPage.fresh({ turned: orientation });
      await page.getByTestId('field-id').tap();
      await expect.poll(() => page.getByTestId('keyboard').getAttribute('data-mode')).toBe('numeric');
      expect(await page.locator('[data-testid="keyboard"] [data-skbtn="a"]').count()).toBe(0);
      await tapKeys(page, ['0', '0', '1', '2', '0', '3']);
      await page.keyboard.type('abc456789012');
      await expect.poll(async () => (await values(page)).idNumber).toBe('001203456789');
      await saveScreenshot(page, 'keyboard-numeric-vi', orientation);
      await page.getByTestId('field-phone').tap();
      await expect.poll(() => page.getByTestId('keyboard').getAttribute('data-mode')).toBe('phone');
      await tapKeys(page, ['0', '9', '1', '2']);
      await expect.poll(async () => (await values(page)).phone).toBe('0912');
    });

    it('lets a hardware keyboard type too, with Telex, and Enter submits', async () => {
      const page = await kioskPage.fresh({ turned: orientation });
      await page.getByTestId('field-name').tap();
      // At a person's pace: keys faster than 30 ms apart are a scanner, which gets no Telex.
      await page.keyboard.type('Traafn Thij Thuyr', { delay: 60 });
      await expect.poll(async () => (await values(page)).name).toBe('Trần Thị Thủy');
      await page.getByTestId('field-code').tap();
      await page.keyboard.type('abcd-1234');
      await page.keyboard.press('Enter');
      // Only the code alphabet is kept (no 1, no dash), grouped in fours as the receipt prints it.
      await expect.poll(async () => (await values(page)).code).toBe('ABCD 234');
      expect((await values(page)).submitted).toBe(1);
      await expect.poll(() => page.getByTestId('keyboard').count()).toBe(0);
    });

    it('keeps the keys left to right under an Arabic screen', async () => {
      const page = await kioskPage.fresh({ search: '?lang=ar', turned: orientation });
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await page.getByTestId('field-name').tap();
      const q = await page.locator('[data-skbtn="Q"]').boundingBox();
      const p = await page.locator('[data-skbtn="P"]').boundingBox();
      expect(q && p && q.x < p.x).toBe(true);
      await saveScreenshot(page, 'keyboard-text-ar', orientation);
    });
  });
});
