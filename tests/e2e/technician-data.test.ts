import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { type CenterServer, startCenterServer } from '../support/center-server';
import { fixtureProcedures, validDraft } from '../support/dossier-fixtures';
import { useWebKiosk } from '../support/e2e-kiosk';
import { enterTechnicianMode } from '../support/pin-pad';
import { useReusedKioskPage } from '../support/reused-page';
import { tempDir } from '../support/test-kiosk';

/** Generous: on two shared cores a page can take seconds to answer while other suites run. */
const POLL = { timeout: 15_000 } as const;

const PIN = '482913';

/** The settings the tests change, as the kiosk starts: each test starts from them. */
const CHANGED = ['server.token', 'dossiers.retentionDays', 'ui.orientation', 'calendar.extraDaysOff', 'ui.idleTimeoutS'] as const;

// One kiosk, center and page for both orientations: each test loads the kiosk again, turned to its
// orientation, after putting back the settings the test before changed (as a technician would) and
// removing the queue it added; the outbox's counts are read before they are expected to grow.
let center: CenterServer;
const usb = tempDir('usb-');
let initial: Record<string, unknown>;
beforeAll(async () => {
  const catalog = JSON.parse(readFileSync(new URL('../../assets/catalog/catalog.json', import.meta.url), 'utf8')) as unknown;
  center = await startCenterServer({ token: 'right-token-0123456789', catalog });
});
afterAll(async () => {
  await center?.close();
  usb.remove();
});
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kiosk = useWebKiosk(ORIENTATIONS[0], {
  deps: {
    pinCost: { N: 1024, r: 8, p: 1 },
    procedures: fixtureProcedures,
    exportTargets: () => [{ path: usb.path, label: 'USB' }],
  },
  prepare: async (k) => {
    await k.kiosk.auth.setPin('technician', PIN, 'cli');
    k.kiosk.config.setMany({ 'server.url': center.url, 'server.token': 'wrong-token-0123456789' });
    initial = Object.fromEntries(CHANGED.map((key) => [key, k.kiosk.config.get(key)]));
  },
});
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

/** The kiosk as it started: its settings, and no queue but those it came with. */
function asStarted(): void {
  kiosk.kiosk.config.setMany(initial);
  if (kiosk.kiosk.tickets.listServices().some((s) => s.id === 'chung-thuc')) kiosk.kiosk.tickets.removeService('chung-thuc');
}

describe.each(ORIENTATIONS)('technician: outbox, catalog, services ($name)', (orientation) => {
  it('shows a dossier the server refused with the reason, and sends it again after the fix', async () => {
    asStarted();
    const submitted = await kiosk.kiosk.dispatch(kiosk.kiosk.newSession(), 'dossier.submit', validDraft());
    expect(submitted.ok).toBe(true);
    const code = (submitted as { result: { code: string } }).result.code;
    const page = await kioskPage.fresh({ turned: orientation });
    await enterTechnicianMode(page, PIN);

    await page.getByTestId('tech-menu-outbox').tap();
    await expect.poll(() => page.getByTestId('outbox-count-failed').textContent(), { timeout: 20_000 }).toBe('1');
    await expect.poll(() => page.getByTestId('outbox-failed-list').textContent(), POLL).toContain('HTTP 401');
    const sentBefore = Number(await page.getByTestId('outbox-count-sent').textContent());
    await saveScreenshot(page, 'technician-outbox-failed', orientation);

    kiosk.kiosk.config.set('server.token', 'right-token-0123456789');
    await page.getByTestId('outbox-retry-all').tap();
    await expect.poll(() => page.getByTestId('outbox-message').textContent(), POLL).toMatch(/Đã đưa 1 mục/);
    await expect.poll(() => page.getByTestId('outbox-count-sent').textContent(), { timeout: 20_000 }).toBe(String(sentBefore + 1));
    expect(center.store.dossier(code)).toBeTruthy();
    await saveScreenshot(page, 'technician-outbox-sent', orientation);

    // Catalog: the center answers; the screen says which catalog is in use and how the update went.
    await page.getByTestId('nav-back').tap();
    await page.getByTestId('tech-menu-catalog').tap();
    await expect.poll(() => page.getByTestId('catalog-info').textContent(), POLL).toMatch(/thủ tục trong \d+ lĩnh vực/);
    await page.getByTestId('catalog-update').tap();
    await expect
      .poll(() => page.getByTestId('catalog-update-result').getAttribute('data-outcome'), { timeout: 20_000 })
      .toMatch(/updated|not-modified|failed/);
    await saveScreenshot(page, 'technician-catalog', orientation);

    // Services: add a queue with its letter, counters and hours; a bad line of hours is explained first.
    await page.getByTestId('nav-back').tap();
    await page.getByTestId('tech-menu-services').tap();
    await page.getByTestId('services-add').tap();
    await page.getByTestId('service-name-vi').fill('Chứng thực');
    await page.getByTestId('service-name-en').fill('Certification');
    await page.getByTestId('service-id').fill('chung-thuc');
    await page.getByTestId('service-counters').fill('3, 4');
    await page.getByTestId('service-hours-sat').fill('7h30 to 11h');
    expect(await page.getByTestId('service-save').isDisabled()).toBe(true);
    await page.getByTestId('service-hours-sat').fill('07:30-11:30');
    await saveScreenshot(page, 'technician-service-edit', orientation);
    // A letter another active queue uses is refused with the reason from the Tickets feature.
    const taken = kiosk.kiosk.tickets.listServices().find((s) => s.active)?.prefix ?? 'A';
    await page.getByTestId('service-prefix').fill(taken);
    await page.getByTestId('service-save').tap();
    await expect.poll(() => page.getByTestId('service-error').textContent(), POLL).toContain(`letter ${taken} is already used`);
    const used = new Set(kiosk.kiosk.tickets.listServices().map((s) => s.prefix));
    const free = [...'KQXZWV'].find((l) => !used.has(l)) as string;
    await page.getByTestId('service-prefix').fill(free.toLowerCase());
    await page.getByTestId('service-save').tap();
    await expect.poll(() => page.getByTestId('service-chung-thuc').isVisible(), POLL).toBe(true);
    const saved = kiosk.kiosk.tickets.listServices().find((s) => s.id === 'chung-thuc');
    expect(saved).toMatchObject({ prefix: free, counters: [3, 4], hours: { sat: [{ from: '07:30', to: '11:30' }], sun: [] } });
    await saveScreenshot(page, 'technician-services', orientation);
  });

  it('edits any setting from its rule, copies the settings to a USB drive and refuses a hostile file from it', async () => {
    asStarted();
    const page = await kioskPage.fresh({ turned: orientation });
    await enterTechnicianMode(page, PIN);
    await page.getByTestId('tech-menu-settings').tap();
    await page.getByTestId('setting-dossiers-retentionDays').fill('45');
    await page.getByTestId('setting-ui-orientation-portrait').tap();
    await page.getByTestId('tech-save').tap();
    await expect.poll(() => page.getByTestId('tech-save-status').textContent(), POLL).toContain('Đã lưu');
    expect(kiosk.kiosk.config.get('dossiers.retentionDays')).toBe(45);
    expect(kiosk.kiosk.config.get('ui.orientation')).toBe('portrait');
    await page.getByTestId('setting-dossiers-retentionDays').fill('0');
    await page.getByTestId('tech-save').tap();
    await expect.poll(() => page.getByTestId('tech-save-status').textContent(), POLL).toContain('dossiers.retentionDays');
    expect(kiosk.kiosk.config.get('dossiers.retentionDays')).toBe(45);

    // The days off announced for the year, typed as dates and ranges; a date that does not exist is named.
    await page.getByTestId('setting-dossiers-retentionDays').fill('45');
    await page.getByTestId('setting-calendar-extraDaysOff').fill('2026-02-20, 2026-02-31');
    await page.getByTestId('tech-save').tap();
    await expect.poll(() => page.getByTestId('tech-save-status').textContent(), POLL).toContain('2026-02-31');
    expect(kiosk.kiosk.config.get('calendar.extraDaysOff')).toBe('');
    await page.getByTestId('setting-calendar-extraDaysOff').fill('2026-02-20, 2026-08-31..2026-09-01');
    await page.getByTestId('tech-save').tap();
    await expect.poll(() => page.getByTestId('tech-save-status').textContent(), POLL).toContain('Đã lưu');
    expect(kiosk.kiosk.config.get('calendar.extraDaysOff')).toBe('2026-02-20, 2026-08-31..2026-09-01');
    await expect.poll(() => page.getByTestId('setting-calendar-extraDaysOff-field').textContent(), POLL).toContain('Giỗ Tổ Hùng Vương');
    await page.getByTestId('setting-calendar-extraDaysOff-field').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'technician-settings-days-off', orientation);

    await page.getByTestId('transfer-export').tap();
    await expect.poll(() => page.getByTestId('transfer-result').textContent(), POLL).toContain(join(usb.path, 'kiosk-config-'));
    writeFileSync(
      join(usb.path, 'hostile.json'),
      JSON.stringify({ format: 'commune-kiosk-config', version: 1, values: { 'ui.idleTimeoutS': 'x' } }),
    );
    await page.getByTestId('transfer-look').tap();
    await page.getByTestId('transfer-file-hostile.json').tap();
    await page.getByTestId('transfer-apply').tap();
    await expect.poll(() => page.getByTestId('transfer-result').textContent(), POLL).toContain('nothing was changed');
    expect(kiosk.kiosk.config.get('ui.idleTimeoutS')).toBe(60);
    await page.getByTestId('transfer-result').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'technician-settings-transfer', orientation);
  });
});
