import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { seriousA11yViolations } from '../support/axe';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { type CenterServer, startCenterServer } from '../support/center-server';
import { agreeToPrivacy, fill, fillApplicant } from '../support/e2e-fill';
import { useWebKiosk } from '../support/e2e-kiosk';
import { BANK_SETTINGS } from '../support/payment-fixtures';
import { enterTechnicianMode } from '../support/pin-pad';
import { useReusedKioskPage } from '../support/reused-page';
import { parseVietQr } from '../unit/payment/emv-parse';

const TECH_PIN = '482913';

/** From home to the receipt of a dossier for `procedure`, with the applicant's details typed. */
async function submitFromCatalog(page: Page, search: string, procedure: string, form: (page: Page) => Promise<void>) {
  await page.getByTestId('home-action-catalog').tap();
  await fill(page, 'catalog-search-input', search);
  await page.getByTestId(`catalog-result-${procedure}`).tap();
  await page.getByTestId('procedure-action-dossier.start').tap();
  await agreeToPrivacy(page);
  await expect.poll(() => page.getByTestId('dossier-step-applicant').isVisible()).toBe(true);
  await fillApplicant(page);
  await page.getByTestId('dossier-next').tap();
  await expect.poll(() => page.getByTestId('dossier-step-form').isVisible()).toBe(true);
  await form(page);
  await page.getByTestId('dossier-next').tap();
  await expect.poll(() => page.getByTestId('dossier-step-documents').isVisible()).toBe(true);
  await page.getByTestId('dossier-next').tap();
  await expect.poll(() => page.getByTestId('dossier-step-delivery').isVisible()).toBe(true);
  await page.getByTestId('dossier-next').tap();
  await expect.poll(() => page.getByTestId('dossier-step-review').isVisible()).toBe(true);
  await page.getByTestId('dossier-submit').tap();
  await expect.poll(() => page.getByTestId('screen-dossier-receipt').isVisible()).toBe(true);
  return (await page.getByTestId('receipt-code').getAttribute('data-code')) ?? '';
}

// One center, kiosk and page for both orientations; a test that changes the bank settings puts them back.
describe('paying a fee by VietQR', () => {
  let server: CenterServer;
  beforeAll(async () => {
    server = await startCenterServer({ token: 'e2e-token' });
  });
  afterAll(async () => {
    await server.close();
  });
  const kiosk = useWebKiosk(ORIENTATIONS[0], {
    deps: { pinCost: { N: 1024, r: 8, p: 1 }, connectivityIntervalMs: 300 },
    prepare: async (k) => {
      k.kiosk.config.setMany({
        ...BANK_SETTINGS,
        'devices.printer.interface': 'none',
        'server.url': server.url,
        'server.token': 'e2e-token',
      });
      await k.kiosk.auth.setPin('technician', TECH_PIN, 'cli');
    },
  });
  const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

  describe.each(ORIENTATIONS)('paying a fee by VietQR ($name)', (orientation) => {
    it('the receipt of a procedure with a fee shows the VietQR, the amount in figures and words, and cash at the counter', async () => {
      const page = await kioskPage.fresh({ turned: orientation });
      const code = await submitFromCatalog(page, 'tình trạng hôn nhân', '1.004873', async (p) => {
        await fill(p, 'form-purpose', 'Để đăng ký kết hôn');
        await p.getByTestId('form-maritalStatus-chua-ket-hon').tap();
      });
      await expect.poll(() => page.getByTestId('payment-panel').isVisible()).toBe(true);
      expect(await page.getByTestId('payment-amount').getAttribute('data-amount')).toBe('8000');
      expect(await page.getByTestId('payment-amount').textContent()).toBe('8.000 đồng – tám nghìn đồng');
      expect(await page.getByTestId('payment-cash').textContent()).toContain('tiền mặt tại quầy');
      await expect.poll(() => page.getByTestId('payment-qr').isVisible()).toBe(true);
      const qr = parseVietQr((await page.getByTestId('payment-qr').getAttribute('data-qr')) ?? '');
      expect(qr).toMatchObject({ bin: '970418', account: '12010000123456', amount: 8000, purpose: code, crcOk: true });
      await page.evaluate(() => document.fonts.ready);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await saveScreenshot(page, 'payment-receipt-vietqr', orientation);
      await page.getByTestId('payment-panel').scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'payment-receipt-vietqr-panel', orientation);

      // Paid or not is only what the center says: nothing until it says, then its word.
      await expect.poll(() => page.getByTestId('dossier-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('sent');
      await page.getByTestId('receipt-status').tap();
      await expect.poll(() => page.getByTestId('status-remote').isVisible()).toBe(true);
      expect(await page.getByTestId('status-payment').count()).toBe(0);
      server.setPayment(code, 'paid');
      await page.getByTestId('status-lookup').tap();
      await expect.poll(() => page.getByTestId('status-payment').getAttribute('data-payment')).toBe('paid');
      expect(await page.getByTestId('status-payment').textContent()).toContain('Đã nộp');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByTestId('status-payment').scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'payment-status-paid', orientation);
    });

    it('the receipt of a free procedure has no QR and no fee', async () => {
      const page = await kioskPage.fresh({ turned: orientation });
      const code = await submitFromCatalog(page, 'xác nhận', '1.001653', async () => undefined);
      expect(code).toMatch(/^[2-9A-HJ-NP-Z]{13}$/);
      await expect.poll(() => page.getByTestId('dossier-qr').isVisible()).toBe(true);
      expect(await page.getByTestId('payment-panel').count()).toBe(0);
      expect(await page.getByTestId('payment-qr').count()).toBe(0);
    });

    it('a technician sets the bank account: a name typed in Vietnamese is saved as the bank holds it, a wrong one refused', async () => {
      // The other orientation's tests find the bank account as it was set up.
      onTestFinished(() => kiosk.kiosk.config.setMany(BANK_SETTINGS));
      const page = await kioskPage.fresh({ turned: orientation });
      await enterTechnicianMode(page, TECH_PIN);
      await page.getByTestId('tech-menu-payment').tap();
      await expect.poll(() => page.getByTestId('payment-complete').getAttribute('class')).toBe('tech__ok');
      expect(await page.getByTestId('payment-bin').inputValue()).toBe('970418');
      await page.evaluate(() => document.fonts.ready);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await saveScreenshot(page, 'payment-technician-settings', orientation);
      await fill(page, 'payment-name', 'UBND @ Chiềng Sơn');
      await page.getByTestId('tech-save').tap();
      await expect.poll(() => page.getByTestId('tech-save-status').textContent()).toContain('capitals without diacritics');
      expect(kiosk.kiosk.config.get('payment.accountName')).toBe('UBND XA CHIENG SON');
      await fill(page, 'payment-name', 'Ủy ban xã Đồng Văn');
      await page.getByTestId('tech-save').tap();
      await expect.poll(() => kiosk.kiosk.config.get('payment.accountName')).toBe('UY BAN XA DONG VAN');
      await fill(page, 'payment-fees', '1.004873=8000; 1.001612');
      await page.getByTestId('tech-save').tap();
      await expect.poll(() => page.getByTestId('tech-save-status').textContent()).toContain('is not CODE=AMOUNT');
      expect(kiosk.kiosk.config.get('payment.provinceFees')).toBe('1.004873=8000');
    });
  });
});
