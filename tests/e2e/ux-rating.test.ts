import { describe, expect, it } from 'vitest';
import { summarizeRatings } from '../../src-main/core/ratings/rating-service';
import type { Clock } from '../../src-main/core/system/clock';
import { ORIENTATIONS } from '../support/browser';
import { useWebKiosk } from '../support/e2e-kiosk';

function runningClockFrom(start: string): Clock {
  const offset = new Date(start).getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

describe.each(ORIENTATIONS)('satisfaction rating after a ticket ($name)', (orientation) => {
  const kiosk = useWebKiosk(orientation, { deps: () => ({ clock: runningClockFrom('2026-11-23T02:00:00.000Z'), backgroundSync: false }) });

  it('takes one tap on a face, thanks the visitor, stores it and queues it for the center', async () => {
    const before = summarizeRatings(kiosk.kiosk.db).count;
    const { page, context } = await kiosk.open();
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-pl').tap();
    await page.getByTestId('home-action-ticket').tap();
    await page.getByTestId('service-civil-status').tap();
    await page.getByTestId('rating').waitFor();
    await page.getByTestId('rating-2').tap();
    await expect.poll(() => page.getByTestId('rating-done').textContent()).toBe('Dziękujemy za ocenę!');
    expect(await page.getByTestId('rating-1').count()).toBe(0); // one rating per flow
    const summary = summarizeRatings(kiosk.kiosk.db);
    expect(summary.count).toBe(before + 1);
    const row = kiosk.kiosk.db.prepare('SELECT flow, language, score FROM ratings ORDER BY created_at DESC LIMIT 1').get();
    expect(row).toEqual({ flow: 'ticket', language: 'pl', score: 2 });
    const queued = kiosk.kiosk.db
      .prepare("SELECT payload FROM outbox WHERE kind = 'event' ORDER BY id DESC LIMIT 1")
      .pluck()
      .get() as string;
    expect(JSON.parse(queued)).toMatchObject({ type: 'rating.submitted', data: { score: 2, flow: 'ticket', language: 'pl' } });
    await context.close();
  });

  it('is optional: Done goes on without a rating', async () => {
    const before = summarizeRatings(kiosk.kiosk.db).count;
    const { page, context } = await kiosk.open();
    await page.getByTestId('home-action-ticket').tap();
    await page.getByTestId('service-civil-status').tap();
    await page.getByTestId('rating').waitFor();
    await page.getByTestId('ticket-done').tap();
    await page.getByTestId('screen-home').waitFor();
    expect(summarizeRatings(kiosk.kiosk.db).count).toBe(before);
    await context.close();
  });
});
