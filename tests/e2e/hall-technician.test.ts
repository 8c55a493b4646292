import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../support/axe';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useWebKiosk } from '../support/e2e-kiosk';
import { startTestHallHost, type TestHallHost } from '../support/hall-host';
import { openAllWeek } from '../support/hall-process';
import { type OlderHallHost, startOlderHallHost } from '../support/older-hall-host';
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

  it("lists each member's reported kiosk id with when it last told it, and a member that never did, in vi and ar", async () => {
    const { page } = await kiosk.open();
    const hall = kiosk.kiosk.hall;
    // Paired, then heard from once (the token checked, as every request of the device does).
    const pairKiosk = (name: string, kioskId?: string) => {
      const paired = hall.pairing.pair(hall.pairing.start().code, 'kiosk', name, kioskId);
      hall.pairing.verify(paired.token);
      return paired.deviceId;
    };
    // A member of this version names its id at pairing; one of an older version never does; a counter has none.
    const told = pairKiosk('Kiosk cửa chính', 'KMEMBER0002');
    const silent = pairKiosk('Kiosk tầng 2');
    const counter = hall.pairing.pair(hall.pairing.start().code, 'counter', 'Quầy 1').deviceId;

    await expect.poll(() => page.getByTestId('screen-home').isVisible(), POLL).toBe(true);
    await enterTechnicianMode(page, PIN);
    await page.getByTestId('tech-menu-hall').tap();
    const row = (id: string) => page.getByTestId(`hall-device-${id}`);
    await expect.poll(() => row(told).getByTestId('hall-kiosk-ids').textContent(), POLL).toContain('KMEMBER0002');
    expect(await row(told).getByTestId('hall-kiosk-ids').textContent()).toMatch(/Mã kiosk\s*KMEMBER0002\s*báo lần cuối/);
    expect(await row(told).getByTestId('hall-kiosk-id-missing').count()).toBe(0);
    expect(await row(silent).getByTestId('hall-kiosk-id-missing').textContent()).toContain('chưa báo mã kiosk');
    expect(await row(silent).getByTestId('hall-kiosk-ids').count()).toBe(0);
    expect(await row(counter).getByTestId('hall-kiosk-ids').count()).toBe(0);
    expect(await row(counter).getByTestId('hall-kiosk-id-missing').count()).toBe(0);
    // Read from across the room: the id is as large as the screen's titles, never clipped.
    const id = row(told).locator('.hall-tech__id');
    expect(Number.parseFloat(await id.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(24);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // The silent member updates and reports its id with a request: the screen shows it at its next poll.
    hall.kiosks.record(silent, 'KMEMBER0003');
    await expect.poll(() => row(silent).getByTestId('hall-kiosk-ids').textContent(), POLL).toContain('KMEMBER0003');
    expect(await row(silent).getByTestId('hall-kiosk-id-missing').count()).toBe(0);
    // Shown again as never told, for the screenshots: a new silent kiosk.
    const older = pairKiosk('Kiosk cũ');
    await expect.poll(() => row(older).getByTestId('hall-kiosk-id-missing').count(), POLL).toBe(1);
    const devicesAtTop = () => page.getByTestId('hall-devices').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    expect(await seriousA11yViolations(page)).toEqual([]);
    await devicesAtTop();
    await saveScreenshot(page, 'hall-technician-kiosk-ids-vi', orientation);

    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-ar').tap();
    await expect.poll(() => row(told).getByTestId('hall-kiosk-ids').textContent(), POLL).toMatch(/معرّف الكشك\s*KMEMBER0002/);
    expect(await row(older).getByTestId('hall-kiosk-id-missing').textContent()).toContain('إصدار أقدم');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await devicesAtTop();
    await saveScreenshot(page, 'hall-technician-kiosk-ids-ar', orientation);
  });
});

describe.each(ORIENTATIONS)('a member kiosk updated before its host says so on its hall screen ($name)', (orientation) => {
  let host: TestHallHost;
  let older: OlderHallHost;
  beforeAll(async () => {
    host = await startTestHallHost();
    host.kiosk.config.set('hall.role', 'host');
    older = await startOlderHallHost(host.base, 'before-kiosk-ids');
  }, 60_000);
  afterAll(async () => {
    await older?.close();
    await host?.close();
  });
  const kiosk = useWebKiosk(orientation, {
    deps: { pinCost: CHEAP },
    prepare: async (k) => {
      await k.kiosk.auth.setPin('technician', PIN, 'cli');
      openAllWeek(k.kiosk.tickets);
      // Joined through the older host: paired without its kiosk id, as `kiosk hall join` does there.
      k.kiosk.config.setMany({
        'hall.role': 'member',
        'hall.hostUrl': older.base,
        'hall.deviceToken': await host.pair('kiosk', 'Kiosk 2'),
      });
    },
  });

  it("shows this kiosk's id and that the host is older, then that it knows the id once the host is updated", async () => {
    const { page } = await kiosk.open();
    const issue = () => kiosk.kiosk.tickets.issue({ serviceId: 'civil-status', priority: false, language: 'vi', source: 'staff' });
    // Numbered by the host through the older version: no error, nothing from the offline block.
    expect(Number((await issue()).number.split('-')[1])).toBeLessThan(900);

    await expect.poll(() => page.getByTestId('screen-home').isVisible(), POLL).toBe(true);
    await enterTechnicianMode(page, PIN);
    await page.getByTestId('tech-menu-hall').tap();
    const state = page.getByTestId('hall-member-state');
    await expect.poll(() => state.getAttribute('data-host-version'), POLL).toBe('older');
    expect(await state.textContent()).toContain(kiosk.kiosk.kioskId);
    expect(await state.textContent()).toContain('phiên bản cũ');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'hall-technician-member-older-host-vi', orientation);

    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-ar').tap();
    await expect.poll(() => state.textContent(), POLL).toContain('إصدار أقدم');
    await saveScreenshot(page, 'hall-technician-member-older-host-ar', orientation);

    // The host is updated (reached as it is now): the next request tells it this kiosk's id.
    kiosk.kiosk.config.set('hall.hostUrl', host.base);
    await issue();
    await expect.poll(() => state.getAttribute('data-host-version'), POLL).toBe('current');
    const device = host.kiosk.hall.pairing.list().find((d) => d.name === 'Kiosk 2')?.id ?? '';
    expect(host.kiosk.hall.kiosks.idsOf(device)).toEqual([kiosk.kiosk.kioskId]);
    expect(await state.textContent()).toContain('يعرف خادم القاعة');
  });
});
