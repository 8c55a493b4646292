import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrinterEmulator } from '../../hardware/emulators/printer-emulator';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useKioskBrowser, useWebKiosk } from '../support/e2e-kiosk';
import { healthOf, waitFor } from '../support/hardware';
import { enterStaffMode, openStaffPad } from '../support/pin-pad';
import { kioskWithPrinter, runningClockFrom } from '../support/printer-kiosk';
import { useReusedKioskPage } from '../support/reused-page';

const STATUS_BASE = 'https://hcc.example.gov.vn/queue';
const CHEAP_PIN_HASH = { N: 1024, r: 8, p: 1 };
const STAFF_PIN = '5093';
const STATUS_URL = { 'tickets.statusUrl': STATUS_BASE };

/** The tickets cut since the emulator's `since`th page, each as its trimmed lines. */
const paperOf = (emulator: PrinterEmulator, since = 0) =>
  emulator.pages
    .slice(since)
    .filter((p) => p.cut)
    .map((p) => p.text.split('\n').map((l) => l.trim()));

type Rig = Awaited<ReturnType<typeof kioskWithPrinter>>;

/**
 * The number `later` places after the last one of `prefix` the kiosk gave today (`A-001` on a new
 * day): the numbers go on from test to test on the file's one kiosk, so a test reads where they stand.
 */
function numberAfterLast(rig: Rig, prefix: string, later = 1): string {
  const issued = rig.kiosk.kiosk.tickets
    .list()
    .filter((t) => t.prefix === prefix)
    .map((t) => Number(t.number.slice(prefix.length + 1)));
  return `${prefix}-${String(Math.max(0, ...issued) + later).padStart(3, '0')}`;
}

/** The desk has served everyone waiting, as the counter console does: the test's queue starts empty. */
function serveEveryoneWaiting(rig: Rig): void {
  for (const t of rig.kiosk.kiosk.tickets.list()) if (t.status === 'waiting') rig.kiosk.kiosk.tickets.mark(t.id, 'served');
}

// One kiosk with a printer and one page for the citizens' and the staff desk's tests in both
// orientations: each test loads the kiosk again, turned to its orientation. A kiosk and a browser
// context per block cost more than the tests. The day's numbers go on from test to test: a test
// that counts them starts from an empty queue (`serveEveryoneWaiting`) and the next number.
let rig: Rig;
beforeAll(async () => {
  rig = await kioskWithPrinter({ pinCost: CHEAP_PIN_HASH }, STATUS_URL);
  await rig.kiosk.kiosk.auth.setPin('staff', STAFF_PIN, 'cli');
});
afterAll(async () => {
  await rig?.close();
});
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kb = useKioskBrowser();
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kioskPage = useReusedKioskPage(() => ({ browser: kb.browser, url: rig.kiosk.shell.url }), ORIENTATIONS[0]);

describe.each(ORIENTATIONS)('queue tickets ($name)', (orientation) => {
  it('a citizen takes a number from the home screen: printed, shown large with the people ahead and a QR', async () => {
    const { kiosk, emulator } = rig;
    serveEveryoneWaiting(rig);
    // Someone is already waiting for civil status.
    const ahead = await kiosk.kiosk.tickets.issue({ serviceId: 'civil-status', priority: false, language: 'vi', source: 'staff' });
    const mine = numberAfterLast(rig, 'A');
    const page = await kioskPage.fresh({ turned: orientation });
    await page.getByTestId('home-action-ticket').tap();
    await expect.poll(() => page.getByTestId('screen-ticket-services').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('service-civil-status').textContent()).toContain('1 người đang chờ');
    await saveScreenshot(page, 'tickets-services', orientation);

    await page.getByTestId('priority-toggle').tap();
    expect(await page.getByTestId('priority-toggle').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('priority-toggle').tap();
    await page.getByTestId('service-civil-status').tap();

    await expect.poll(() => page.getByTestId('screen-ticket-issued').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('ticket-number').textContent()).toBe(mine);
    expect(await page.getByTestId('ticket-ahead').textContent()).toBe('Có 1 người đang chờ trước bạn');
    const qr = await page.getByTestId('ticket-qr').getAttribute('data-qr');
    expect(qr).toBe(`${STATUS_BASE}?kiosk=${kiosk.kiosk.kioskId}&day=2026-11-23&ticket=${mine}`);
    await expect.poll(() => page.getByTestId('print-status').getAttribute('data-state')).toBe('printed');
    await expect.poll(() => paperOf(emulator).some((lines) => lines.includes(mine))).toBe(true);
    const box = await page.getByTestId('ticket-number').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(150);
    await saveScreenshot(page, 'tickets-issued', orientation);

    // The desk serves the person ahead: the screen updates by itself.
    kiosk.kiosk.tickets.mark(ahead.id, 'served');
    await expect.poll(() => page.getByTestId('ticket-ahead').textContent()).toBe('Bạn là người tiếp theo');

    await page.getByTestId('ticket-done').tap();
    await expect.poll(() => page.getByTestId('screen-home').isVisible()).toBe(true);
  });

  it('says plainly when the printer is out of paper, keeps the number on screen, and prints it when paper is back', async () => {
    const { emulator, devices } = rig;
    emulator.paper = false;
    await waitFor(() => healthOf(devices, 'printer').state === 'no-paper', 10_000, 'no-paper reported');
    const page = await kioskPage.fresh({ turned: orientation });
    await page.getByTestId('home-action-ticket').tap();
    await page.getByTestId('service-certification').tap();
    // Refused before its first byte: the job waits in the print queue, and the ticket says so.
    await expect.poll(() => page.getByTestId('print-status').getAttribute('data-state')).toBe('queued');
    const number = (await page.getByTestId('ticket-number').textContent()) ?? '';
    expect(number).toMatch(/^B-\d{3}$/);
    const notice = (await page.getByTestId('print-status').textContent()) ?? '';
    expect(notice).toContain('Máy in đã hết giấy.');
    expect(notice).toContain('chụp ảnh');
    expect(notice).toContain('tự in khi máy in hoạt động trở lại');
    await saveScreenshot(page, 'tickets-issued-no-paper', orientation);

    emulator.paper = true;
    await expect.poll(() => page.getByTestId('print-status').getAttribute('data-state'), { timeout: 15_000 }).toBe('printed');
    expect(paperOf(emulator).some((lines) => lines.includes(number))).toBe(true);
  });

  // Secondary flows run in one orientation each, to keep the suite short; layouts of both are covered above.
  it.runIf(orientation.name === 'portrait')('goes from a procedure’s page straight to the queue that serves it', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    await page.getByTestId('home-action-catalog').tap();
    await page.getByTestId('catalog-field-ho-tich').tap();
    await page.getByTestId('catalog-result-1.001193').tap();
    await page.getByTestId('procedure-action-ticket.take').tap();
    await expect.poll(() => page.getByTestId('screen-ticket-services').isVisible()).toBe(true);
    // The civil-status queue stands first and larger, above the others.
    await expect.poll(() => page.locator('.service-tile--featured').getAttribute('data-testid')).toBe('service-civil-status');
    expect(await page.getByTestId('service-grid').getByTestId('service-civil-status').count()).toBe(0);
    await saveScreenshot(page, 'tickets-services-from-procedure', orientation);
    await page.locator('.service-tile--featured').tap();
    await expect.poll(() => page.getByTestId('ticket-number').textContent()).toMatch(/^A-\d{3}$/);
  });

  it.runIf(orientation.name === 'landscape')(
    'speaks the citizen’s language on the ticket screen and under the Vietnamese on paper',
    async () => {
      const { emulator } = rig;
      const printedBefore = emulator.pages.length;
      const page = await kioskPage.fresh({ turned: orientation });
      await page.getByTestId('nav-language').tap();
      await page.getByTestId('language-en').tap();
      await page.getByTestId('home-action-ticket').tap();
      await page.getByTestId('priority-toggle').tap();
      await page.getByTestId('service-land').tap();
      await expect.poll(() => page.getByTestId('ticket-number').textContent()).toMatch(/^D-\d{3}$/);
      expect(await page.getByTestId('ticket-priority').textContent()).toBe('Priority');
      expect(await page.getByTestId('ticket-card').textContent()).toContain('Land and construction');
      await expect.poll(() => page.getByTestId('print-status').textContent()).toContain('Take your ticket');
      await expect.poll(() => paperOf(emulator, printedBefore).some((lines) => lines.includes('ƯU TIÊN / PRIORITY'))).toBe(true);
      await saveScreenshot(page, 'tickets-issued-en-priority', orientation);
    },
  );
});

describe.each(ORIENTATIONS)('queue tickets at the staff desk ($name)', (orientation) => {
  it('a citizen takes a number; staff log in, issue a priority number, reprint it, see both in the queue and log out', async () => {
    const { kiosk, emulator } = rig;
    serveEveryoneWaiting(rig);
    const citizens = numberAfterLast(rig, 'A');
    const staffs = numberAfterLast(rig, 'A', 2);
    const page = await kioskPage.fresh({ turned: orientation });
    await page.getByTestId('home-action-ticket').tap();
    await page.getByTestId('service-civil-status').tap();
    await expect.poll(() => page.getByTestId('ticket-number').textContent()).toBe(citizens);
    await page.getByTestId('ticket-done').tap();

    // Nothing on the citizens' ticket screen leads to staff mode (issue #21, item 14).
    await page.getByTestId('home-action-ticket').tap();
    await expect.poll(() => page.getByTestId('screen-ticket-services').isVisible()).toBe(true);
    expect(await page.getByTestId('staff-entry').count()).toBe(0);
    await saveScreenshot(page, 'tickets-services-no-staff-link', orientation);
    await page.getByTestId('nav-home').tap();
    // The desk officer opens staff mode by the hidden corner with the staff PIN.
    await openStaffPad(page);
    await saveScreenshot(page, 'tickets-staff-pin', orientation);
    await page.getByTestId('auth-cancel').tap();
    await enterStaffMode(page, STAFF_PIN);
    await saveScreenshot(page, 'tickets-staff-home', orientation);

    await page.getByTestId('priority-toggle').tap();
    await page.getByTestId('service-civil-status').tap();
    await expect.poll(() => page.getByTestId('screen-staff-ticket').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('ticket-number').textContent()).toBe(staffs);
    expect(await page.getByTestId('ticket-priority').isVisible()).toBe(true);
    // Priority goes before the citizen who came first.
    expect(await page.getByTestId('ticket-ahead').textContent()).toBe('Bạn là người tiếp theo');
    await expect.poll(() => page.getByTestId('print-badge').getAttribute('data-state')).toBe('printed');

    await page.getByTestId('staff-reprint').tap();
    await expect.poll(() => page.getByTestId('staff-message').textContent()).toBe(`Đã in lại số ${staffs}.`);
    const issued = kiosk.kiosk.tickets.list().find((t) => t.number === staffs);
    expect(issued).toMatchObject({ priority: true, source: 'staff', print: { state: 'printed', count: 2 } });
    await expect.poll(() => paperOf(emulator).filter((lines) => lines.includes(staffs)).length).toBe(2);
    expect(paperOf(emulator).find((lines) => lines.includes(staffs) && lines.includes('BẢN IN LẠI'))).toBeDefined();
    await saveScreenshot(page, 'tickets-staff-ticket', orientation);

    await page.getByTestId('staff-to-queue').tap();
    await expect.poll(() => page.getByTestId('screen-staff-queue').isVisible()).toBe(true);
    // Today's every civil-status ticket: the two waiting first, in calling order, then those the desk has closed.
    const rows = page.locator('li[data-testid^="queue-row-"]');
    await expect.poll(() => rows.count()).toBe(kiosk.kiosk.tickets.list({ serviceId: 'civil-status' }).length);
    expect(await page.getByTestId('queue-tab-civil-status').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('queue-tab-civil-status').locator('.queue-tab__count').textContent()).toBe('2');
    const order = await rows.evaluateAll((els) => els.map((r) => r.getAttribute('data-testid')));
    expect(order.slice(0, 2)).toEqual([`queue-row-${staffs}`, `queue-row-${citizens}`]);
    expect(await page.getByTestId(`queue-row-${citizens}`).textContent()).toContain('Tại kiosk');
    // Calling and closing numbers is the counter console's work: the kiosk offers a reprint only.
    expect(await page.getByTestId('queue-served').count()).toBe(0);
    expect(await page.getByTestId('queue-no-show').count()).toBe(0);
    expect(await page.getByTestId(`queue-row-${citizens}`).getByTestId('queue-reprint').isVisible()).toBe(true);
    expect(await page.getByTestId('queue-at-counter').textContent()).toContain('trang quầy');
    await saveScreenshot(page, 'tickets-staff-queue', orientation);

    await page.getByTestId('nav-back').tap();
    await expect.poll(() => page.getByTestId('screen-staff-home').isVisible()).toBe(true);
    await page.getByTestId('staff-logout').tap();
    await expect.poll(() => page.getByTestId('screen-home').isVisible()).toBe(true);

    // Logged out: staff mode asks for the PIN again.
    await openStaffPad(page);
  });

  it.runIf(orientation.name === 'portrait')('ends the staff session when the officer leaves by Home', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    await enterStaffMode(page, STAFF_PIN);
    await page.getByTestId('nav-home').tap();
    await expect.poll(() => page.getByTestId('screen-home').isVisible()).toBe(true);
    await openStaffPad(page);
  });
});

describe('queue tickets on a kiosk without a printer, after hours', () => {
  // Saturday 14:00 in Hà Nội: the Saturday morning session is over.
  const SATURDAY_2PM = '2026-11-28T07:00:00.000Z';
  const kiosk = useWebKiosk(ORIENTATIONS[0], { deps: () => ({ clock: runningClockFrom(SATURDAY_2PM) }) });
  const closedHoursPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

  it('shows each service closed with the time it opens again', async () => {
    const orientation = ORIENTATIONS[0];
    const page = await closedHoursPage.fresh({ turned: orientation });
    await page.getByTestId('home-action-ticket').tap();
    await expect.poll(() => page.getByTestId('service-civil-status').textContent()).toContain('Đã hết giờ lấy số');
    expect(await page.getByTestId('service-civil-status').textContent()).toMatch(/07:30 Thứ Hai/i);
    // Closed is said, not a dead button: a tap tells when it opens.
    expect(await page.getByTestId('service-civil-status').getAttribute('data-closed')).toBe('true');
    await page.getByTestId('service-civil-status').tap();
    await expect.poll(() => page.getByTestId('ticket-closed-notice').textContent()).toMatch(/mở lại lúc 07:30 Thứ Hai/i);
    expect(await page.getByTestId('screen-ticket-services').isVisible()).toBe(true);
    await saveScreenshot(page, 'tickets-closed', orientation);
  });

  it('tells the citizen the kiosk has no printer when a number is issued there', async () => {
    const orientation = ORIENTATIONS[1];
    // The only service open on a Saturday afternoon here: set up by a technician.
    const land = kiosk.kiosk.tickets.listServices().find((s) => s.id === 'land');
    const always = [{ from: '00:00', to: '24:00' }];
    kiosk.kiosk.tickets.saveService({
      ...(land as NonNullable<typeof land>),
      hours: { mon: always, tue: always, wed: always, thu: always, fri: always, sat: always, sun: always },
    });
    const page = await closedHoursPage.fresh({ turned: orientation });
    await page.getByTestId('home-action-ticket').tap();
    await page.getByTestId('service-land').tap();
    await expect.poll(() => page.getByTestId('print-status').getAttribute('data-state')).toBe('failed');
    expect(await page.getByTestId('print-status').textContent()).toContain('Kiosk này chưa có máy in.');
    expect(await page.getByTestId('ticket-number').textContent()).toBe('D-001');
    await saveScreenshot(page, 'tickets-issued-no-printer', orientation);
  });
});
