import { describe, expect, it } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useWebKiosk } from '../support/e2e-kiosk';
import { enterTechnicianMode } from '../support/pin-pad';
import { useReusedKioskPage } from '../support/reused-page';

/** Generous: on two shared cores a page can take seconds to answer while other suites run. */
const POLL = { timeout: 15_000 } as const;
const CHEAP = { N: 1024, r: 8, p: 1 };
const PIN = '482913';

// One kiosk and one page for both orientations: each test loads the kiosk again, turned to its
// orientation; every device it pairs is found by its own id.
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kiosk = useWebKiosk(ORIENTATIONS[0], {
  deps: { pinCost: CHEAP },
  prepare: async (k) => {
    await k.kiosk.auth.setPin('technician', PIN, 'cli');
    // The role is read at start by the shell; this kiosk's LAN server is not what is tested here.
    k.kiosk.config.set('hall.role', 'host');
  },
});
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

describe.each(ORIENTATIONS)('the technician hall screen ($name)', (orientation) => {
  it('shows the hall role, makes a pairing code a device can use, lists the device and revokes it', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    await expect.poll(() => page.getByTestId('screen-home').isVisible(), POLL).toBe(true);
    await enterTechnicianMode(page, PIN);
    await page.getByTestId('tech-menu-hall').tap();
    await expect.poll(() => page.getByTestId('hall-role').textContent(), POLL).toContain('Máy chủ sảnh');
    await expect.poll(() => page.getByTestId('hall-role').textContent(), POLL).toContain(':8790/counter');

    await page.getByTestId('hall-new-code').tap();
    await expect.poll(() => page.getByTestId('hall-code').textContent(), POLL).toMatch(/\d{3} \d{3}/);
    const shown = ((await page.getByTestId('hall-code').textContent()) ?? '').match(/(\d{3}) (\d{3})/);
    const code = `${shown?.[1]}${shown?.[2]}`;
    // The code on the screen is the one the host accepts: a counter page pairs with it.
    const paired = kiosk.kiosk.hall.pairing.pair(code, 'counter', 'Quầy 3');
    await expect.poll(() => page.getByTestId(`hall-device-${paired.deviceId}`).textContent(), POLL).toContain('Quầy 3');
    expect(await page.getByTestId(`hall-device-${paired.deviceId}`).textContent()).toContain('Quầy');
    // Used once: the same code pairs nothing more.
    expect(() => kiosk.kiosk.hall.pairing.pair(code, 'display', 'TV')).toThrow();
    await saveScreenshot(page, 'hall-technician', orientation);

    const row = page.getByTestId(`hall-device-${paired.deviceId}`);
    await row.getByTestId('hall-revoke').tap();
    await row.getByTestId('hall-revoke-confirm').tap();
    await expect.poll(() => row.textContent(), POLL).toContain('Đã thu hồi');
    expect(kiosk.kiosk.hall.pairing.verify(paired.token)).toBeNull();
    expect(kiosk.kiosk.hall.pairing.list().find((d) => d.id === paired.deviceId)?.revokedAt).not.toBeNull();
    await expect.poll(() => row.getByTestId('hall-revoke').count(), POLL).toBe(0);
    await row.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'hall-technician-revoked', orientation);
  });
});
