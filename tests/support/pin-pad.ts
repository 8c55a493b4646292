import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Generous: on two shared cores a page can take seconds to answer while other suites run. */
const POLL = { timeout: 15_000 } as const;

/** The hidden way into technician mode: taps on the top-left corner (five open the PIN pad). */
export async function tapTechnicianCorner(page: Page, times = 5): Promise<void> {
  for (let i = 0; i < times; i++) await page.touchscreen.tap(30, 30);
}

/**
 * Types a PIN on a pad by touch and confirms it; `pad` is its test id (`login-pin`, `choose-pin`).
 * The digits are touched where the keys are drawn, found once the keys take touches (a pad
 * disabled while the last PIN is checked does not): the keys stay put while digits are typed (the
 * dots grow sideways), and a touch is a touch. Playwright's element tap would check each key's
 * place, size and steadiness again, which doubled the CPU a PIN cost. The dots must count every
 * digit before OK is touched (as an element, waiting for it to be enabled).
 */
export async function typePin(page: Page, pin: string, pad = 'login-pin'): Promise<void> {
  await page.locator(`[data-testid="${pad}-key-${pin[0]}"]:enabled`).waitFor();
  const keys = await page.locator(`[data-testid^="${pad}-key-"]`).evaluateAll((buttons) =>
    Object.fromEntries(
      buttons.map((b) => {
        const r = b.getBoundingClientRect();
        const x = r.x + r.width / 2;
        const y = r.y + r.height / 2;
        const inView = x > 0 && y > 0 && x < window.innerWidth && y < window.innerHeight;
        return [b.getAttribute('data-testid'), inView ? { x, y } : null];
      }),
    ),
  );
  const centers = [...pin].map((d) => keys[`${pad}-key-${d}`]);
  for (const [i, d] of [...pin].entries()) {
    const at = centers[i];
    // A key out of the window (a short screen): every key by element tap, which scrolls them in.
    if (at && centers.every(Boolean)) await page.touchscreen.tap(at.x, at.y);
    else await page.getByTestId(`${pad}-key-${d}`).tap();
  }
  await expect.poll(() => page.getByTestId(`${pad}-dots`).getAttribute('data-length'), POLL).toBe(String(pin.length));
  await page.getByTestId(`${pad}-ok`).tap();
}

/**
 * The hidden corner's PIN pad. The five taps must land within three seconds; on a busy machine
 * (or a page still starting) a round may not count: tap another round until the pad shows.
 */
async function openCornerPad(page: Page, shows = 'login-pin'): Promise<void> {
  await expect
    .poll(async () => {
      if (await page.getByTestId(shows).isVisible()) return true;
      await tapTechnicianCorner(page);
      return page.getByTestId(shows).isVisible();
    }, POLL)
    .toBe(true);
}

/**
 * Staff mode on the kiosk (reprint, issue for a visitor, today's figures): the same hidden corner,
 * then "staff" on its PIN pad; nothing on a citizen's screen leads there. Without `pin`, stops at
 * the staff PIN pad.
 */
export async function openStaffPad(page: Page): Promise<void> {
  // The technician's pad, or its first-time set-up when no technician PIN is set yet.
  await openCornerPad(page, 'auth-as-staff');
  await page.getByTestId('auth-as-staff').tap();
  await expect.poll(() => page.getByTestId('auth-as-staff').count(), POLL).toBe(0);
  await expect.poll(() => page.getByTestId('login-pin').isVisible(), POLL).toBe(true);
}

export async function enterStaffMode(page: Page, pin: string): Promise<void> {
  await openStaffPad(page);
  await typePin(page, pin);
  await expect.poll(() => page.getByTestId('screen-staff-home').isVisible(), POLL).toBe(true);
}

/** From the home screen into the technician menu with the given PIN. */
export async function enterTechnicianMode(page: Page, pin: string): Promise<void> {
  await openCornerPad(page);
  await typePin(page, pin);
  await expect.poll(() => page.getByTestId('screen-technician-home').isVisible(), POLL).toBe(true);
}
