import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { summarizeRatings } from '../../src-main/core/ratings/rating-service';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useWebKiosk } from '../support/e2e-kiosk';
import { useReusedKioskPage } from '../support/reused-page';
import { runningClockFrom } from '../support/running-clock';

const POLL = { timeout: 20_000 } as const;

/** A keyboard-wedge scanner: the QR's characters in one burst, then Enter. */
async function wedgeBurst(page: Page, text: string): Promise<void> {
  await page.evaluate((keys) => {
    for (const key of [...keys, 'Enter']) window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }, text);
}

/** A citizen takes a number; returns its id and the QR printed on it. The screen asks no rating: nobody has been served yet. */
async function takeNumber(page: Page): Promise<{ number: string; qr: string }> {
  await page.getByTestId('home-action-ticket').tap();
  await page.getByTestId('service-civil-status').tap();
  await expect.poll(() => page.getByTestId('ticket-qr').getAttribute('data-qr'), POLL).toMatch(/ticket=A-\d{3}$/);
  expect(await page.getByTestId('rating').count()).toBe(0);
  const number = (await page.getByTestId('ticket-number').textContent()) ?? '';
  const qr = (await page.getByTestId('ticket-qr').getAttribute('data-qr')) ?? '';
  await page.getByTestId('ticket-done').tap();
  await page.getByTestId('screen-home').waitFor();
  return { number, qr };
}

describe.each(ORIENTATIONS)('satisfaction rating of a ticket once it was served ($name)', (orientation) => {
  const kiosk = useWebKiosk(orientation, {
    deps: () => ({ clock: runningClockFrom('2026-11-23T02:00:00.000Z'), backgroundSync: false }),
    prepare: (k) => k.kiosk.config.set('tickets.statusUrl', 'https://hcc.example.gov.vn/queue'),
  });
  const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), orientation);
  const serve = (number: string) => {
    const t = kiosk.kiosk.tickets.list().find((x) => x.number === number);
    // What the counter console does when the officer presses Served.
    kiosk.kiosk.tickets.mark(t?.id ?? '', 'served');
  };

  it('is not asked while the ticket waits; its QR scanned on the way out asks, takes one tap and queues it for the center', async () => {
    const before = summarizeRatings(kiosk.kiosk.db).count;
    const page = await kioskPage.fresh();
    const { number, qr } = await takeNumber(page);
    serve(number);
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-pl').tap();
    await wedgeBurst(page, qr);
    await expect.poll(() => page.getByTestId('screen-ticket-issued').isVisible(), POLL).toBe(true);
    await page.getByTestId('rating').waitFor();
    await saveScreenshot(page, 'rating-ticket-served', orientation);
    await page.getByTestId('rating-2').tap();
    await expect.poll(() => page.getByTestId('rating-done').textContent(), POLL).toBe('Dziękujemy za ocenę!');
    expect(await page.getByTestId('rating-1').count()).toBe(0); // one rating per flow
    expect(summarizeRatings(kiosk.kiosk.db).count).toBe(before + 1);
    const row = kiosk.kiosk.db.prepare('SELECT flow, language, score FROM ratings ORDER BY created_at DESC LIMIT 1').get();
    expect(row).toEqual({ flow: 'ticket', language: 'pl', score: 2 });
    const queued = kiosk.kiosk.db
      .prepare("SELECT payload FROM outbox WHERE kind = 'event' ORDER BY id DESC LIMIT 1")
      .pluck()
      .get() as string;
    expect(JSON.parse(queued)).toMatchObject({ type: 'rating.submitted', data: { score: 2, flow: 'ticket', language: 'pl' } });
  });

  it('is optional: Done goes on without a rating', async () => {
    const before = summarizeRatings(kiosk.kiosk.db).count;
    const page = await kioskPage.fresh();
    const { number, qr } = await takeNumber(page);
    serve(number);
    await wedgeBurst(page, qr);
    await page.getByTestId('rating').waitFor();
    await page.getByTestId('ticket-done').tap();
    await page.getByTestId('screen-home').waitFor();
    expect(summarizeRatings(kiosk.kiosk.db).count).toBe(before);
  });
});
