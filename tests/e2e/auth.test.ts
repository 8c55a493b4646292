import { describe, expect, it } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useWebKiosk } from '../support/e2e-kiosk';
import { tapTechnicianCorner, typePin } from '../support/pin-pad';
import { useReusedKioskPage } from '../support/reused-page';

/** Generous: on two shared cores a page can take seconds to answer while other suites run. */
const POLL = { timeout: 15_000 } as const;

const CHEAP = { N: 1024, r: 8, p: 1 };

describe.each(ORIENTATIONS)('PIN pad and first run ($name)', (orientation) => {
  const kiosk = useWebKiosk(orientation, { deps: { pinCost: CHEAP } });
  const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), orientation);

  it('lets the first technician choose a PIN, then asks for it, counts wrong tries and locks', async () => {
    const page = await kioskPage.fresh();
    await expect.poll(() => page.getByTestId('screen-home').isVisible(), POLL).toBe(true);

    // Four taps are not enough; the fifth opens the pad.
    await tapTechnicianCorner(page, 4);
    expect(await page.getByTestId('screen-auth-login').count()).toBe(0);
    // Five more: whether or not the first four are still inside the three seconds on a busy machine.
    await tapTechnicianCorner(page, 5);
    // First the one-time setup code from the kiosk's console and log: the screen never shows it.
    await expect.poll(() => page.getByTestId('setup-code').isVisible(), POLL).toBe(true);
    await expect.poll(() => page.getByTestId('auth-cli-hint').textContent(), POLL).toContain('npx kiosk auth set-pin --role technician');
    await saveScreenshot(page, 'auth-first-run', orientation);
    const setupCode = String(kiosk.logs.records.find((r) => r.data?.setupCode)?.data?.setupCode);
    expect(await page.content()).not.toContain(setupCode);
    await typePin(page, setupCode, 'setup-code');
    await expect.poll(() => page.getByTestId('choose-pin').isVisible(), POLL).toBe(true);

    // A guessable PIN is refused before it is sent.
    await typePin(page, '123456', 'choose-pin');
    await expect.poll(() => page.getByTestId('choose-pin-message').textContent(), POLL).toContain('dễ đoán');
    await typePin(page, '482913', 'choose-pin');
    await expect.poll(() => page.getByTestId('pin-pad-label' as string).count(), POLL).toBe(0);
    await expect.poll(() => page.getByTestId('choose-pin').textContent(), POLL).toContain('Nhập lại');
    await typePin(page, '482913', 'choose-pin');
    await expect.poll(() => page.getByTestId('screen-technician-home').isVisible(), POLL).toBe(true);
    expect(kiosk.kiosk.auth.isSet('technician')).toBe(true);

    await page.getByTestId('tech-leave').tap();
    await expect.poll(() => page.getByTestId('screen-home').isVisible(), POLL).toBe(true);

    await tapTechnicianCorner(page);
    await expect.poll(() => page.getByTestId('login-pin').isVisible(), POLL).toBe(true);
    await typePin(page, '111222');
    await expect.poll(() => page.getByTestId('login-pin-message').textContent(), POLL).toContain('Còn 4 lần thử');
    await expect.poll(() => page.getByTestId('login-pin-dots').getAttribute('data-length'), POLL).toBe('0');
    await saveScreenshot(page, 'auth-wrong-pin', orientation);
    // Each wrong try is answered (one fewer left) before the next is typed; the fifth locks.
    for (const left of [3, 2, 1]) {
      await typePin(page, '111222');
      await expect.poll(() => page.getByTestId('login-pin-message').textContent(), POLL).toContain(`Còn ${left} lần thử`);
    }
    await typePin(page, '111222');
    await expect.poll(() => page.getByTestId('login-pin-message').textContent(), POLL).toMatch(/mở lại sau [45]:\d\d/);
    expect(await page.getByTestId('login-pin-key-4').isDisabled()).toBe(true);
    await saveScreenshot(page, 'auth-locked', orientation);

    // Lockout ended from the CLI side (same core service); the pad opens again after reload.
    kiosk.kiosk.auth.unlock('technician', 'cli');
    await page.getByTestId('auth-cancel').tap();
    await tapTechnicianCorner(page);
    await typePin(page, '482913');
    await expect.poll(() => page.getByTestId('screen-technician-home').isVisible(), POLL).toBe(true);
    await saveScreenshot(page, 'technician-home', orientation);

    // Going Home ends technician mode: the next person is a citizen.
    await page.getByTestId('nav-home').tap();
    await expect.poll(() => page.getByTestId('screen-home').isVisible(), POLL).toBe(true);
    const sessions = await page.evaluate(() => document.documentElement.lang);
    expect(sessions).toBe('vi');
    await tapTechnicianCorner(page);
    await expect.poll(() => page.getByTestId('login-pin').isVisible(), POLL).toBe(true);
  });

  it('ends technician mode by itself when nobody touches the screen', async () => {
    if (!kiosk.kiosk.auth.isSet('technician')) await kiosk.kiosk.auth.setPin('technician', '482913', 'cli');
    kiosk.kiosk.auth.unlock('technician', 'cli');
    const page = await kioskPage.fresh({ beforeLoad: (p) => p.clock.install() });
    await expect.poll(() => page.getByTestId('screen-home').isVisible(), POLL).toBe(true);
    await tapTechnicianCorner(page);
    await typePin(page, '482913');
    await expect.poll(() => page.getByTestId('screen-technician-home').isVisible(), POLL).toBe(true);
    await page.clock.fastForward('05:10');
    await expect.poll(() => page.getByTestId('screen-technician-home').count(), POLL).toBe(0);
    // The PIN is asked again: the screen is a citizen's once more.
    await tapTechnicianCorner(page);
    await expect.poll(() => page.getByTestId('login-pin').isVisible(), POLL).toBe(true);
  });
});
