import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrinterEmulator } from '../../hardware/emulators/printer-emulator';
import { ORIENTATIONS, SCREENSHOT_DIR, saveScreenshot } from '../support/browser';
import { agreeToPrivacy, fill, fillApplicant, fillBirthForm } from '../support/e2e-fill';
import { useKioskBrowser } from '../support/e2e-kiosk';
import { kioskWithPrinter } from '../support/printer-kiosk';
import { useReusedKioskPage } from '../support/reused-page';

const SETTINGS = { 'center.committeeName': 'Ủy ban nhân dân xã Chiềng Sơn', 'center.phone': '0212 3851 234' };

/** The slip with this dossier code, as the printer's decoder read it: one string, spaces folded; its picture is saved. */
async function slipOf(emulator: PrinterEmulator, code: string, name: string): Promise<string> {
  const grouped = `${code.slice(0, 4)} ${code.slice(4, 8)} ${code.slice(8, 12)} ${code.slice(12)}`;
  const pages = () => emulator.pages.filter((p) => p.cut && p.text.includes(grouped));
  await expect.poll(() => pages().length, { timeout: 15_000 }).toBe(1);
  const page = pages()[0] as (typeof emulator.pages)[number];
  writeFileSync(join(SCREENSHOT_DIR, `${name}.png`), emulator.png(page));
  return page.text.replace(/\s+/g, ' ');
}

/** Birth registration up to the documents step, as the citizen Lò Thị Mai fills it. */
async function toDocuments(page: Page): Promise<void> {
  await page.getByTestId('home-action-catalog').tap();
  await fill(page, 'catalog-search-input', 'khai sinh');
  await page.getByTestId('catalog-result-1.001193').tap();
  await page.getByTestId('procedure-action-dossier.start').tap();
  await agreeToPrivacy(page);
  await fillApplicant(page);
  await page.getByTestId('dossier-next').tap();
  await page.getByTestId('dossier-step-form').waitFor();
  await fillBirthForm(page);
  await page.getByTestId('dossier-next').tap();
  await page.getByTestId('dossier-step-documents').waitFor();
}

// One kiosk, printer and page for both orientations: every slip is found by its own dossier's code.
describe('the receipt says what to do next', () => {
  let rig: Awaited<ReturnType<typeof kioskWithPrinter>>;
  beforeAll(async () => {
    rig = await kioskWithPrinter({}, SETTINGS);
  });
  afterAll(async () => {
    await rig?.close();
  });
  const kb = useKioskBrowser();
  const kioskPage = useReusedKioskPage(() => ({ browser: kb.browser, url: rig.kiosk.shell.url }), ORIENTATIONS[0]);

  describe.each(ORIENTATIONS)('the receipt says what to do next ($name)', (orientation) => {
    it('by post: counts only the papers of the chosen case, and says to bring them before the result date, on screen and on paper', async () => {
      const page = await kioskPage.fresh({ turned: orientation });
      await toDocuments(page);
      // Eight papers in the catalog; five apply only in a case, and two of those (the parents'
      // marriage, a surrogacy) only when both parents are established, which her son's are not. The
      // child was not abandoned, but the commune cannot read her residence from the population database.
      expect(await page.getByTestId('dossier-documents-list').locator('li').count()).toBe(3);
      expect(await page.getByTestId('document-case-5').count()).toBe(0);
      await page.getByTestId('document-case-7').tap();
      await expect.poll(() => page.getByTestId('dossier-documents-list').locator('li').count()).toBe(4);
      await page.getByTestId('document-0').tap();
      await page.getByTestId('document-1').tap();
      expect(await page.getByTestId('dossier-step-documents').textContent()).not.toContain('khi nhận kết quả');
      await saveScreenshot(page, 'dossier-documents-cases-vi', orientation);
      await page.getByTestId('dossier-next').tap();
      await page.getByTestId('delivery-post').tap();
      await fill(page, 'postal-street', 'Bản Hua Păng');
      await fill(page, 'postal-ward', 'Xã Chiềng Sơn');
      await fill(page, 'postal-province', 'Sơn La');
      await page.getByTestId('dossier-next').tap();
      await page.getByTestId('dossier-submit').tap();

      await page.getByTestId('screen-dossier-receipt').waitFor();
      expect(await page.locator('h1').textContent()).toBe('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
      expect(await page.getByTestId('receipt-documents-count').textContent()).toBe('2 trên 4 giấy tờ');
      const lead = (await page.getByTestId('receipt-next-lead').textContent()) ?? '';
      expect(lead).toContain('trước ngày hẹn trả kết quả');
      expect(lead).toContain('Ủy ban nhân dân xã Chiềng Sơn');
      expect(lead).toContain('qua bưu chính');
      expect(lead).not.toContain('khi đến nhận kết quả');
      const docs = (await page.getByTestId('receipt-documents').textContent()) ?? '';
      expect(docs).toContain('Giấy tờ chứng minh nơi cư trú của người yêu cầu');
      expect(docs).not.toMatch(/bỏ rơi|mang thai hộ|kết hôn/);
      expect(await page.getByTestId('receipt-documents').locator('li').count()).toBe(4);
      expect(await page.getByTestId('receipt-contact').textContent()).toContain('0212 3851 234');
      expect(await page.getByTestId('screen-dossier-receipt').textContent()).not.toContain('không cần làm gì thêm');
      await page.getByTestId('receipt-next').scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'dossier-receipt-next-post-vi', orientation);

      const code = (await page.getByTestId('receipt-code').getAttribute('data-code')) ?? '';
      const slip = await slipOf(rig.emulator, code, `dossier-slip-post-${orientation.name}`);
      expect(slip).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
      expect(slip).toContain('ỦY BAN NHÂN DÂN XÃ CHIỀNG SƠN');
      expect(slip).toContain('Người nộp hồ sơ: Lò Thị Mai');
      expect(slip).toContain('Giấy tờ của hồ sơ (2/4):');
      expect(slip).toContain('Giấy chứng sinh (đã có)');
      expect(slip).toContain('Giấy tờ chứng minh nơi cư trú của người yêu cầu (chưa có, cần bổ sung)');
      expect(slip).toContain('trước ngày hẹn trả kết quả; kết quả sẽ được gửi qua bưu chính');
      expect(slip).toContain('Qua bưu chính công ích');
      expect(slip).toContain('Bộ phận Một cửa, Điện thoại 0212 3851 234');
      expect(slip).not.toMatch(/bỏ rơi|mang thai hộ|kết hôn|khi đến nhận kết quả/);
    });

    it('at the counter, in Arabic: the papers are brought when the result is collected', async () => {
      const page = await kioskPage.fresh({ turned: orientation });
      await toDocuments(page);
      await page.getByTestId('document-0').tap();
      await page.getByTestId('dossier-next').tap();
      await page.getByTestId('delivery-counter').tap();
      await page.getByTestId('dossier-next').tap();
      await page.getByTestId('dossier-submit').tap();
      await page.getByTestId('screen-dossier-receipt').waitFor();
      expect(await page.getByTestId('receipt-next-lead').textContent()).toContain('khi đến nhận kết quả');
      expect(await page.getByTestId('receipt-documents-count').textContent()).toBe('1 trên 3 giấy tờ');
      const code = (await page.getByTestId('receipt-code').getAttribute('data-code')) ?? '';
      const slip = await slipOf(rig.emulator, code, `dossier-slip-counter-${orientation.name}`);
      expect(slip).toContain('khi đến nhận kết quả');
      expect(slip).toContain('Tại quầy');

      await page.getByTestId('nav-language').tap();
      await page.getByTestId('language-ar').tap();
      await expect.poll(() => page.getByTestId('receipt-next-lead').textContent()).toContain('عند استلام النتيجة');
      await page.getByTestId('receipt-next').scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'dossier-receipt-next-counter-ar', orientation);
    });
  });
});
