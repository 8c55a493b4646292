import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketStatusLink } from '../../src-main/api/ticket-link';
import { summarizeRatings } from '../../src-main/core/ratings/rating-service';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useKioskBrowser } from '../support/e2e-kiosk';
import { startTestHallHost, type TestHallHost } from '../support/hall-host';
import { openAllWeek } from '../support/hall-process';
import { useReusedKioskPage } from '../support/reused-page';
import { startTestWebKiosk, type TestWebKiosk } from '../support/test-kiosk';
import { wedgeBurst } from '../support/wedge';

const POLL = { timeout: 20_000 } as const;
const [PORTRAIT, LANDSCAPE] = ORIENTATIONS;

/** A citizen takes a number at the member kiosk; returns it and the QR printed on it. */
async function takeNumber(page: Page): Promise<{ number: string; qr: string }> {
  await page.getByTestId('home-action-ticket').tap();
  await page.getByTestId('service-civil-status').tap();
  await expect.poll(() => page.getByTestId('ticket-qr').getAttribute('data-qr'), POLL).toMatch(/ticket=A-\d{3}$/);
  const number = (await page.getByTestId('ticket-number').textContent()) ?? '';
  const qr = (await page.getByTestId('ticket-qr').getAttribute('data-qr')) ?? '';
  return { number, qr };
}

async function toLanguage(page: Page, language: string): Promise<void> {
  await page.getByTestId('nav-language').tap();
  await page.getByTestId(`language-${language}`).tap();
}

describe('a hall ticket from a member kiosk is rated on the way out (issue #21 item 7)', () => {
  const kb = useKioskBrowser();
  let host: TestHallHost;
  let member: TestWebKiosk;
  /** A second member kiosk of the same hall, where a citizen may scan on the way out. */
  let other: TestWebKiosk;

  beforeAll(async () => {
    host = await startTestHallHost();
    host.kiosk.config.set('hall.role', 'host');
    member = await startTestWebKiosk();
    openAllWeek(member.kiosk.tickets);
    member.kiosk.config.setMany({
      'hall.role': 'member',
      'hall.hostUrl': host.base,
      'hall.deviceToken': await host.pair('kiosk', 'Kiosk 2'),
      'tickets.statusUrl': 'https://hcc.example.gov.vn/queue',
    });
    other = await startTestWebKiosk();
    other.kiosk.config.setMany({
      'hall.role': 'member',
      'hall.hostUrl': host.base,
      'hall.deviceToken': await host.pair('kiosk', 'Kiosk 3'),
    });
  }, 60_000);
  afterAll(async () => {
    await other?.close();
    await member?.close();
    await host?.close();
  });
  // One page per member kiosk for the whole block, turned to each case's orientation when it loads.
  const memberPage = useReusedKioskPage(() => ({ browser: kb.browser, url: member.shell.url }), PORTRAIT);
  const otherPage = useReusedKioskPage(() => ({ browser: kb.browser, url: other.shell.url }), PORTRAIT);

  it.each([
    { orientation: PORTRAIT, language: 'vi' },
    { orientation: LANDSCAPE, language: 'ar' },
  ])(
    'served at a desk of the host: the QR scanned at the member asks for a rating ($orientation.name, $language)',
    async ({ orientation, language }) => {
      const before = summarizeRatings(member.kiosk.db).count;
      const page = await memberPage.fresh({ turned: orientation });
      const { number, qr } = await takeNumber(page);
      // Nobody has served it yet: no rating while the citizen waits.
      expect(await page.getByTestId('rating').count()).toBe(0);
      await page.getByTestId('ticket-done').tap();
      await page.getByTestId('screen-home').waitFor();

      // The desk at the host calls and serves it (what the counter console does).
      expect(host.kiosk.hall.queue.callNext(1)?.number).toBe(number);
      host.kiosk.hall.queue.close(1, 'served');

      if (language !== 'vi') await toLanguage(page, language);
      await wedgeBurst(page, qr);
      await page.getByTestId('rating').waitFor();
      expect(await page.getByTestId('ticket-ahead').count()).toBe(0);
      await saveScreenshot(page, `hall-member-rating-served-${language}`, orientation);
      await page.getByTestId('rating-4').tap();
      await page.getByTestId('rating-done').waitFor();
      expect(summarizeRatings(member.kiosk.db).count).toBe(before + 1);
    },
  );

  it.each([
    { orientation: PORTRAIT, language: 'vi' },
    { orientation: LANDSCAPE, language: 'ar' },
  ])(
    'scanned at another member kiosk: how it stands while waiting, then the rating once served ($orientation.name, $language)',
    async ({ orientation, language }) => {
      const before = summarizeRatings(other.kiosk.db).count;
      const { number, qr } = await takeNumber(await memberPage.fresh({ turned: orientation }));

      const page = await otherPage.fresh({ turned: orientation });
      if (language !== 'vi') await toLanguage(page, language);
      // Still waiting: the hall's line, and no word of a paper this kiosk did not print.
      await wedgeBurst(page, qr);
      await expect.poll(() => page.getByTestId('ticket-number').textContent(), POLL).toBe(number);
      await page.getByTestId('ticket-ahead').waitFor();
      expect(await page.getByTestId('print-status').count()).toBe(0);
      expect(await page.getByTestId('rating').count()).toBe(0);
      await saveScreenshot(page, `hall-member-rating-elsewhere-waiting-${language}`, orientation);
      await page.getByTestId('ticket-done').tap();
      await page.getByTestId('screen-home').waitFor();

      expect(host.kiosk.hall.queue.callNext(1)?.number).toBe(number);
      host.kiosk.hall.queue.close(1, 'served');
      await wedgeBurst(page, qr);
      await page.getByTestId('rating').waitFor();
      await saveScreenshot(page, `hall-member-rating-elsewhere-served-${language}`, orientation);
      await page.getByTestId('rating-3').tap();
      await page.getByTestId('rating-done').waitFor();
      expect(summarizeRatings(other.kiosk.db).count).toBe(before + 1);

      // A number this hall did not give today: a plain answer, no rating.
      await page.getByTestId('ticket-done').tap();
      await page.getByTestId('screen-home').waitFor();
      await wedgeBurst(page, qr.replace(/ticket=A-\d{3}$/, 'ticket=A-777'));
      await expect
        .poll(() => page.getByTestId('screen-ticket-issued').textContent(), POLL)
        .toMatch(language === 'vi' ? /hàng chờ hôm nay/ : /طابور اليوم/);
      expect(await page.getByTestId('rating').count()).toBe(0);
      // No dead end: a new number or home, and a title that does not claim the number is theirs.
      await page.getByTestId('ticket-new').waitFor();
      await page.getByTestId('ticket-done').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        language === 'vi' ? 'Tra cứu số thứ tự' : 'البحث عن رقم انتظار',
      );
      await saveScreenshot(page, `hall-member-rating-elsewhere-unknown-${language}`, orientation);
      await page.getByTestId('ticket-new').tap();
      await page.getByTestId('screen-ticket-services').waitFor();
    },
  );

  it.each([
    { orientation: PORTRAIT, language: 'vi' },
    { orientation: LANDSCAPE, language: 'vi' },
    { orientation: PORTRAIT, language: 'ar' },
    { orientation: LANDSCAPE, language: 'ar' },
  ])(
    "another hall's ticket with a number and day this hall gave: it says so, with no standing and no rating ($orientation.name, $language)",
    async ({ orientation, language }) => {
      const before = summarizeRatings(other.kiosk.db).count;
      // A member of this hall was given the number today, and a desk here has served it...
      const here = await member.kiosk.tickets.issue({ serviceId: 'civil-status', priority: false, language: 'vi', source: 'staff' });
      expect(host.kiosk.hall.queue.callNext(1)?.number).toBe(here.number);
      host.kiosk.hall.queue.close(1, 'served');
      // ...while a member kiosk of another hall printed the same number today: its QR names that kiosk.
      const qr = ticketStatusLink('https://hcc.example.gov.vn/queue', { kiosk: 'KA1B2C3D4E5', day: here.day, ticket: here.number });

      const page = await otherPage.fresh({ turned: orientation });
      if (language !== 'vi') await toLanguage(page, language);
      await wedgeBurst(page, qr);
      const answer = page.getByTestId('ticket-lookup-answer');
      await expect.poll(() => answer.getAttribute('data-error'), POLL).toBe('other-hall');
      expect(await answer.textContent()).toMatch(language === 'vi' ? /trung tâm phục vụ hành chính công khác/ : /قاعة خدمات أو مركز آخر/);
      // Never the served ticket of this hall: no number, no line, no rating asked.
      expect(await page.getByTestId('ticket-number').count()).toBe(0);
      expect(await page.getByTestId('ticket-ahead').count()).toBe(0);
      expect(await page.getByTestId('rating').count()).toBe(0);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        language === 'vi' ? 'Tra cứu số thứ tự' : 'البحث عن رقم انتظار',
      );
      await page.getByTestId('ticket-new').waitFor();
      await saveScreenshot(page, `hall-member-rating-other-hall-${language}`, orientation);
      await page.getByTestId('ticket-done').tap();
      await page.getByTestId('screen-home').waitFor();
      expect(summarizeRatings(other.kiosk.db).count).toBe(before);
    },
  );

  it.each([
    { orientation: PORTRAIT, language: 'vi' },
    { orientation: LANDSCAPE, language: 'ar' },
  ])(
    'the host away: the member says it cannot tell, counts nobody ahead and asks no rating ($orientation.name, $language)',
    async ({ orientation, language }) => {
      await host.server.close(); // idempotent: the second case finds it closed already
      const page = await memberPage.fresh({ turned: orientation });
      if (language !== 'vi') await toLanguage(page, language);
      const { number, qr } = await takeNumber(page);
      expect(number).toMatch(/^A-9\d\d$/); // the offline block
      await page.getByTestId('ticket-standing-unknown').waitFor();
      expect(await page.getByTestId('ticket-ahead').count()).toBe(0);
      await page.getByTestId('ticket-done').tap();
      await page.getByTestId('screen-home').waitFor();
      await wedgeBurst(page, qr);
      await page.getByTestId('ticket-standing-unknown').waitFor();
      expect(await page.getByTestId('rating').count()).toBe(0);
      await saveScreenshot(page, `hall-member-rating-unknown-${language}`, orientation);
    },
  );
});
