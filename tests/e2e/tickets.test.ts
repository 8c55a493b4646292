import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../src-main/core/system/clock';
import { type KioskBrowser, launchKioskBrowser, ORIENTATIONS, openKioskPage, saveScreenshot } from '../support/browser';
import { startTestWebKiosk, type TestWebKiosk } from '../support/test-kiosk';

/** Time that runs from a chosen wall-clock moment, so the center is open whenever the suite runs. */
function runningClockFrom(start: string): Clock {
  const offset = new Date(start).getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

const MONDAY_9AM = '2026-11-23T02:00:00.000Z';
const CHEAP_PIN_HASH = { N: 1024, r: 8, p: 1 };
const STAFF_PIN = '5093';

async function typePin(page: Page, pin: string): Promise<void> {
  for (const d of pin) await page.getByTestId(`login-pin-key-${d}`).tap();
  await page.getByTestId('login-pin-ok').tap();
}
const STATUS_BASE = 'https://hcc.example.gov.vn/queue';

describe.each(ORIENTATIONS)('queue tickets ($name)', (orientation) => {
  let kiosk: TestWebKiosk;
  let kb: KioskBrowser;

  beforeAll(async () => {
    kiosk = await startTestWebKiosk({ clock: runningClockFrom(MONDAY_9AM) });
    kiosk.kiosk.config.set('tickets.statusUrl', STATUS_BASE);
    kb = await launchKioskBrowser();
  });
  afterAll(async () => {
    await kb?.close();
    await kiosk?.close();
  });

  it('a citizen takes a number from the home screen and sees it large with the people ahead and a QR', async () => {
    // Someone is already waiting for civil status.
    await kiosk.kiosk.tickets.issue({ serviceId: 'civil-status', priority: false, language: 'vi', source: 'staff' });
    const { page, context } = await openKioskPage(kb.browser, kiosk.shell.url, orientation);
    await page.getByTestId('home-action-ticket').tap();
    await expect.poll(() => page.getByTestId('screen-ticket-services').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('service-civil-status').textContent()).toContain('1 người đang chờ');
    await saveScreenshot(page, 'tickets-services', orientation);

    await page.getByTestId('priority-toggle').tap();
    expect(await page.getByTestId('priority-toggle').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('priority-toggle').tap();
    await page.getByTestId('service-civil-status').tap();

    await expect.poll(() => page.getByTestId('screen-ticket-issued').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('ticket-number').textContent()).toBe('A-002');
    expect(await page.getByTestId('ticket-ahead').textContent()).toBe('Có 1 người đang chờ trước bạn');
    const qr = await page.getByTestId('ticket-qr').getAttribute('data-qr');
    expect(qr).toBe(`${STATUS_BASE}?kiosk=${kiosk.kiosk.kioskId}&day=2026-11-23&ticket=A-002`);
    // No printer on this kiosk: the number still exists and the screen says to keep it.
    await expect.poll(() => page.getByTestId('print-status').getAttribute('data-state')).toBe('failed');
    expect(await page.getByTestId('print-status').textContent()).toContain('chụp ảnh');
    const box = await page.getByTestId('ticket-number').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(150);
    await saveScreenshot(page, 'tickets-issued-no-printer', orientation);

    // The desk serves the person ahead: the screen updates by itself.
    const first = kiosk.kiosk.tickets.list().find((t) => t.number === 'A-001');
    kiosk.kiosk.tickets.mark(first?.id ?? '', 'served');
    await expect.poll(() => page.getByTestId('ticket-ahead').textContent()).toBe('Bạn là người tiếp theo');

    await page.getByTestId('ticket-done').tap();
    await expect.poll(() => page.getByTestId('screen-home').isVisible()).toBe(true);
    await context.close();
  });

  it('speaks the citizen’s language on the ticket screen', async () => {
    const { page, context } = await openKioskPage(kb.browser, kiosk.shell.url, orientation);
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-en').tap();
    await page.getByTestId('home-action-ticket').tap();
    await page.getByTestId('priority-toggle').tap();
    await page.getByTestId('service-land').tap();
    await expect.poll(() => page.getByTestId('ticket-number').textContent()).toMatch(/^D-\d{3}$/);
    expect(await page.getByTestId('ticket-priority').textContent()).toBe('Priority');
    expect(await page.getByTestId('ticket-card').textContent()).toContain('Land and construction');
    await saveScreenshot(page, 'tickets-issued-en-priority', orientation);
    await context.close();
  });
});

describe('queue tickets when the center is closed', () => {
  it('shows each service closed with the time it opens again', async () => {
    // Saturday 14:00 in Hà Nội: the Saturday morning session is over.
    const kiosk = await startTestWebKiosk({ clock: runningClockFrom('2026-11-28T07:00:00.000Z') });
    const kb = await launchKioskBrowser();
    try {
      const orientation = ORIENTATIONS[0];
      const { page, context } = await openKioskPage(kb.browser, `${kiosk.shell.url}`, orientation);
      await page.getByTestId('home-action-ticket').tap();
      await expect.poll(() => page.getByTestId('service-civil-status').textContent()).toContain('Đã hết giờ lấy số');
      expect(await page.getByTestId('service-civil-status').textContent()).toMatch(/07:30 Thứ Hai/i);
      expect(await page.getByTestId('service-civil-status').isDisabled()).toBe(true);
      await saveScreenshot(page, 'tickets-closed', orientation);
      await context.close();
    } finally {
      await kb.close();
      await kiosk.close();
    }
  });
});

describe.each(ORIENTATIONS)('queue tickets at the staff desk ($name)', (orientation) => {
  let kiosk: TestWebKiosk;
  let kb: KioskBrowser;

  beforeAll(async () => {
    kiosk = await startTestWebKiosk({ clock: runningClockFrom(MONDAY_9AM), pinCost: CHEAP_PIN_HASH });
    await kiosk.kiosk.auth.setPin('staff', STAFF_PIN, 'cli');
    kb = await launchKioskBrowser();
  });
  afterAll(async () => {
    await kb?.close();
    await kiosk?.close();
  });

  it('a citizen takes a number; staff log in, issue a priority number, reprint it, see both in the queue and log out', async () => {
    const { page, context } = await openKioskPage(kb.browser, kiosk.shell.url, orientation);
    await page.getByTestId('home-action-ticket').tap();
    await page.getByTestId('service-civil-status').tap();
    await expect.poll(() => page.getByTestId('ticket-number').textContent()).toBe('A-001');
    await page.getByTestId('ticket-done').tap();

    // The desk officer opens staff mode from the ticket screen with the staff PIN.
    await page.getByTestId('home-action-ticket').tap();
    await page.getByTestId('staff-entry').tap();
    await expect.poll(() => page.getByTestId('login-pin').isVisible()).toBe(true);
    await typePin(page, STAFF_PIN);
    await expect.poll(() => page.getByTestId('screen-staff-home').isVisible()).toBe(true);
    await saveScreenshot(page, 'tickets-staff-home', orientation);

    await page.getByTestId('priority-toggle').tap();
    await page.getByTestId('service-civil-status').tap();
    await expect.poll(() => page.getByTestId('screen-staff-ticket').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('ticket-number').textContent()).toBe('A-002');
    expect(await page.getByTestId('ticket-priority').isVisible()).toBe(true);
    // Priority goes before the citizen who came first.
    expect(await page.getByTestId('ticket-ahead').textContent()).toBe('Bạn là người tiếp theo');

    await page.getByTestId('staff-reprint').tap();
    await expect.poll(() => page.getByTestId('staff-message').textContent()).toContain('A-002');
    const issued = kiosk.kiosk.tickets.list().find((t) => t.number === 'A-002');
    expect(issued).toMatchObject({ priority: true, source: 'staff', print: { count: 2 } });
    await saveScreenshot(page, 'tickets-staff-ticket', orientation);

    await page.getByTestId('staff-to-queue').tap();
    await expect.poll(() => page.getByTestId('screen-staff-queue').isVisible()).toBe(true);
    await expect.poll(() => page.locator('li[data-testid^="queue-row-"]').count()).toBe(2);
    const order = await page.locator('li[data-testid^="queue-row-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')));
    expect(order).toEqual(['queue-row-A-002', 'queue-row-A-001']);
    expect(await page.getByTestId('queue-row-A-001').textContent()).toContain('Tại kiosk');
    await saveScreenshot(page, 'tickets-staff-queue', orientation);

    // Serving the priority number moves it to the done list.
    await page.getByTestId('queue-row-A-002').getByTestId('queue-served').tap();
    await expect.poll(() => page.getByTestId('queue-row-A-002').getByTestId('queue-row-status').textContent()).toBe('Đã phục vụ');
    await saveScreenshot(page, 'tickets-staff-queue-served', orientation);

    await page.getByTestId('nav-back').tap();
    await expect.poll(() => page.getByTestId('screen-staff-home').isVisible()).toBe(true);
    await page.getByTestId('staff-logout').tap();
    await expect.poll(() => page.getByTestId('screen-home').isVisible()).toBe(true);

    // Logged out: the desk asks for the PIN again.
    await page.getByTestId('home-action-ticket').tap();
    await page.getByTestId('staff-entry').tap();
    await expect.poll(() => page.getByTestId('login-pin').isVisible()).toBe(true);
    await context.close();
  });

  it('ends the staff session when the officer leaves by Home', async () => {
    const { page, context } = await openKioskPage(kb.browser, kiosk.shell.url, orientation);
    await page.getByTestId('home-action-ticket').tap();
    await page.getByTestId('staff-entry').tap();
    await typePin(page, STAFF_PIN);
    await expect.poll(() => page.getByTestId('screen-staff-home').isVisible()).toBe(true);
    await page.getByTestId('nav-home').tap();
    await expect.poll(() => page.getByTestId('screen-home').isVisible()).toBe(true);
    // Back into a staff screen from history: it shows the PIN prompt, not the desk.
    await page.getByTestId('home-action-ticket').tap();
    await page.getByTestId('staff-entry').tap();
    await expect.poll(() => page.getByTestId('login-pin').isVisible()).toBe(true);
    await context.close();
  });
});
