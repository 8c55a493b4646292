import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolKiosk } from '../../src-main/core/center-link/enrol-kiosk';
import { ORIENTATIONS, SCREENSHOT_DIR, saveScreenshot } from '../support/browser';
import { startTestCenter, type TestCenter } from '../support/center-app';
import { freshDatabase } from '../support/center-databases';
import { seedProvince } from '../support/center-seed';
import { agreeToPrivacy, fill, fillApplicant, fillBirthForm } from '../support/e2e-fill';
import { useWebKiosk } from '../support/e2e-kiosk';
import { fixedFreePort } from '../support/free-port';
import { ensureOfficeBuilt } from '../support/office-build';

const DESK = { width: 1440, height: 900 } as const;

/** The back office is a desk screen, not a kiosk orientation: `<name>-desk.png`. */
const saveDesk = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-desk.png`), fullPage: true });

/** The citizen's side: a birth registration with the result by post, through every step of the kiosk's wizard. */
async function submitBirthRegistrationByPost(page: Page): Promise<string> {
  await page.getByTestId('home-action-catalog').tap();
  await fill(page, 'catalog-search-input', 'khai sinh');
  await page.getByTestId('catalog-result-1.001193').tap();
  await page.getByTestId('procedure-action-dossier.start').tap();
  await agreeToPrivacy(page);
  await expect.poll(() => page.getByTestId('dossier-step-applicant').isVisible()).toBe(true);
  await fillApplicant(page);
  await page.getByTestId('dossier-next').tap();
  await expect.poll(() => page.getByTestId('dossier-step-form').isVisible()).toBe(true);
  await fillBirthForm(page);
  await page.getByTestId('dossier-next').tap();
  await expect.poll(() => page.getByTestId('dossier-step-documents').isVisible()).toBe(true);
  await page.getByTestId('document-0').tap();
  await page.getByTestId('dossier-next').tap();
  await expect.poll(() => page.getByTestId('dossier-step-delivery').isVisible()).toBe(true);
  await page.getByTestId('delivery-post').tap();
  await fill(page, 'postal-street', 'Bản Hua Păng');
  await fill(page, 'postal-ward', 'Xã Chiềng Sơn');
  await fill(page, 'postal-province', 'Sơn La');
  await page.getByTestId('dossier-next').tap();
  await expect.poll(() => page.getByTestId('dossier-step-review').isVisible()).toBe(true);
  await page.getByTestId('dossier-submit').tap();
  await expect.poll(() => page.getByTestId('screen-dossier-receipt').isVisible()).toBe(true);
  return (await page.getByTestId('receipt-code').getAttribute('data-code')) ?? '';
}

const portrait = ORIENTATIONS[0];

describe('the center: from a kiosk while the center is down, through the back office, back to the kiosk', () => {
  let center: TestCenter | null = null;
  let port = 0;
  let dbUrl = '';
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await ensureOfficeBuilt();
    port = await fixedFreePort('127.0.0.1');
    dbUrl = await freshDatabase('sqlite');
  });
  afterAll(async () => {
    // The kiosk's browser may already be gone (it closes its contexts with it).
    await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
    await center?.close();
  });

  const kiosk = useWebKiosk(portrait, {
    deps: { connectivityIntervalMs: 300 },
    // Enrolled once while the center runs; then the center goes away before the citizen comes.
    prepare: async (k) => {
      const first = await startTestCenter('sqlite', { dbUrl, port });
      const { code } = await first.store.kiosks.issueEnrolment('xa-ta-phin', 'admin', new Date());
      await enrolKiosk({ fetch: (i, init) => fetch(i, init), config: k.kiosk.config, kioskId: k.kiosk.kioskId }, first.url, code);
      await first.store.staff.add(
        { username: 'lan', displayName: 'Nguyễn Thị Lan', password: 'mat-khau-du-dai-1', role: 'reception', communeId: 'xa-ta-phin' },
        new Date(),
      );
      await first.store.staff.add(
        { username: 'tinh', displayName: 'Trần Văn Tỉnh', password: 'mat-khau-du-dai-2', role: 'admin', communeId: null },
        new Date(),
      );
      await first.close();
    },
  });

  let page: Page;
  let code = '';

  /** A clerk's desk browser, signed in. */
  async function signIn(username: string, password: string): Promise<Page> {
    const desk = await kiosk.browser.newContext({
      viewport: { width: DESK.width, height: DESK.height },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    contexts.push(desk);
    const office = await desk.newPage();
    await office.goto(`${(center as TestCenter).url}/office/`);
    await office.getByLabel('Tên đăng nhập').fill(username);
    await office.getByLabel('Mật khẩu').fill(password);
    await office.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => office.getByTestId('office-user').isVisible()).toBe(true);
    return office;
  }

  it('takes the dossier while the center is down and delivers it when the center starts', async () => {
    const opened = await kiosk.open();
    contexts.push(opened.context);
    page = opened.page;
    code = await submitBirthRegistrationByPost(page);
    await expect.poll(() => page.getByTestId('dossier-state').getAttribute('data-state')).toBe('queued');
    center = await startTestCenter('sqlite', { dbUrl, port });
    await expect.poll(() => page.getByTestId('dossier-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('sent');
  });

  it('is received, asked for a supplement, processed and made ready by post, and the kiosk shows each step', async () => {
    const office = await signIn('lan', 'mat-khau-du-dai-1');
    await expect.poll(() => office.getByTestId(`inbox-row-${code}`).textContent()).toContain('Lò Thị Mai');
    // Days are typed day/month/year and checked as they are typed, whatever the browser's locale.
    await expect.poll(() => office.getByTestId('filter-from').getAttribute('placeholder')).toBe('dd/mm/yyyy');
    await office.getByTestId('filter-from').fill('31/02/2026');
    await expect.poll(() => office.getByTestId('filter-from').getAttribute('aria-invalid')).toBe('true');
    const today = new Intl.DateTimeFormat('vi-VN', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date());
    await office.getByTestId('filter-from').fill(today);
    await office.getByTestId('filter-to').fill(today);
    await expect.poll(() => office.getByTestId('filter-from').getAttribute('aria-invalid')).toBe('false');
    await office.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect.poll(() => office.getByTestId(`inbox-row-${code}`).isVisible()).toBe(true);
    await saveDesk(office, 'center-office-inbox');

    await office.getByTestId(`inbox-row-${code}`).getByRole('link').click();
    const step = async (to: string, fields: { note?: string; tracking?: string } = {}) => {
      await office.getByTestId(`action-${to}`).click();
      if (fields.note) await office.getByTestId('step-note').fill(fields.note);
      if (fields.tracking) await office.getByTestId('step-tracking').fill(fields.tracking);
      await office.getByTestId('step-confirm').click();
      await expect.poll(() => office.getByTestId('dossier-page').getAttribute('data-status')).toBe(to);
    };
    const lookup = async (expected: string) => {
      await page.getByTestId('status-lookup').tap();
      await expect.poll(() => page.getByTestId('status-remote').getAttribute('data-status')).toBe(expected);
    };

    await step('received');
    await page.getByTestId('receipt-status').tap();
    await expect.poll(() => page.getByTestId('status-remote').getAttribute('data-status')).toBe('received');

    // The birth certificate she did not have yet (her son's father is not established: no marriage certificate is asked).
    await step('needs-info', { note: 'Bản chính Giấy chứng sinh của trẻ' });
    await lookup('needs-info');
    await expect.poll(() => page.getByTestId('status-remote').textContent()).toContain('Cần bổ sung: Bản chính Giấy chứng sinh');
    await saveScreenshot(page, 'center-kiosk-status-supplement', portrait);

    await step('processing');
    await step('ready', { tracking: 'EB123456789VN' });
    await expect.poll(() => office.getByTestId('dossier-tracking').textContent()).toBe('EB123456789VN');
    // The form in the catalog's words: labels and chosen options, days as dd/mm/yyyy.
    const field = (id: string) => office.getByTestId('dossier-form').locator(`[data-field="${id}"]`);
    expect(await field('childGender').locator('dt').textContent()).toBe('Giới tính');
    expect(await field('childGender').locator('dd').textContent()).toBe('Nam');
    expect(await field('childBirthDate').locator('dd').textContent()).toBe('10/02/2026');
    // The type of birth registration the citizen chose, by its label; no father's row.
    expect(await field('birthCase').locator('dt').textContent()).toBe('Loại khai sinh');
    expect(await field('birthCase').locator('dd').textContent()).toBe('Chưa xác định được cha');
    expect(await field('fatherName').count()).toBe(0);
    await saveDesk(office, 'center-office-dossier');

    await lookup('ready');
    const steps = await page
      .getByTestId('status-history')
      .locator('li')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-step')));
    expect(steps).toEqual(['submitted', 'received', 'needs-info', 'processing', 'ready']);
    await expect.poll(() => page.getByTestId('status-tracking').textContent()).toContain('EB123456789VN');
    await saveScreenshot(page, 'center-kiosk-status-ready', portrait);
  });

  it('brings a citizen’s feedback from the kiosk to the commune, which answers it', async () => {
    const reply = await kiosk.kiosk.dispatch(kiosk.kiosk.newSession(), 'feedback.submit', {
      subject: { kind: 'procedure', procedureCode: '1.001193' },
      text: 'Tờ khai khai sinh trên kiosk có chữ nhỏ, người cao tuổi khó đọc. Mong trung tâm bố trí thêm người hướng dẫn buổi sáng.',
      contact: { name: 'Lò Văn Páo', phone: '0987 654 321' },
      language: 'vi',
    });
    if (!reply.ok) throw new Error(reply.error.message);
    const { reference } = reply.result as { reference: string };
    const office = await signIn('lan', 'mat-khau-du-dai-1');
    await office.getByTestId('nav-feedback').click();
    const card = office.getByTestId(`feedback-${reference}`);
    await expect.poll(() => card.textContent(), { timeout: 20_000 }).toContain('Lò Văn Páo · 0987654321');
    await card.getByRole('textbox').fill('Trung tâm đã phóng to chữ trên tờ khai và bố trí cán bộ hướng dẫn từ 7 giờ 30.');
    await card.getByRole('button', { name: 'Lưu trả lời' }).click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('answered');
    await expect.poll(() => office.getByTestId(`feedback-answered-${reference}`).textContent()).toContain('Nguyễn Thị Lan đã trả lời lúc');
    await saveDesk(office, 'center-office-feedback');
  });

  it('shows the province every kiosk and the charts, without applicant names', async () => {
    await seedProvince(center as TestCenter);
    const admin = await signIn('tinh', 'mat-khau-du-dai-2');
    await expect.poll(() => admin.getByTestId(`inbox-row-${code}`).textContent()).not.toContain('Lò Thị Mai');
    await admin.getByTestId('nav-fleet').click();
    await expect.poll(() => admin.getByTestId('fleet-table').locator('tbody tr').count()).toBe(4);
    await saveDesk(admin, 'center-office-fleet');
    await admin.getByTestId('nav-stats').click();
    await expect.poll(() => admin.getByTestId('chart-waiting').isVisible()).toBe(true);
    await saveDesk(admin, 'center-office-satisfaction');
  });
});
