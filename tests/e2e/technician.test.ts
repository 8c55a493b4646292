import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { fileSink } from '../../src-main/core/logging/file-sink';
import { kioskLogFile } from '../../src-main/core/logging/log-files';
import { createLogger, fanOut, type LogSink, memorySink } from '../../src-main/core/logging/logger';
import { setupDevices } from '../../src-main/shells/devices-setup';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useWebKiosk } from '../support/e2e-kiosk';
import { enterTechnicianMode, tapTechnicianCorner } from '../support/pin-pad';
import { useReusedKioskPage } from '../support/reused-page';
import { TEST_ID_CARD, TEST_ID_CARD_PERSONAL } from '../support/test-id-card';
import { tempDir } from '../support/test-kiosk';

/** Generous: on two shared cores a page can take seconds to answer while other suites run. */
const POLL = { timeout: 15_000 } as const;

const CHEAP = { N: 1024, r: 8, p: 1 };
const PIN = '482913';

/** What the technician's test changes: put back when it ends, for the other orientation's test. */
const CHANGED = ['devices.printer.interface', 'ui.idleTimeoutS', 'center.name', 'server.url', 'server.token'] as const;

// One kiosk, emulated hardware and page for both orientations, loaded again and turned for each.
describe('technician mode', () => {
  let center: Server;
  let centerUrl = '';
  let hardware: ReturnType<typeof setupDevices>;
  let logSink: LogSink;
  const data = tempDir();
  const usb = tempDir('usb-');

  beforeAll(async () => {
    center = createServer((req, res) => {
      const ok = req.url === '/api/v1/health' && req.headers.authorization === 'Bearer tok-e2e-0123456789';
      res.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json' }).end('{"status":"ok"}');
    });
    await new Promise<void>((r) => center.listen(0, '127.0.0.1', () => r()));
    centerUrl = `http://127.0.0.1:${(center.address() as AddressInfo).port}`;
    logSink = fanOut(fileSink(kioskLogFile(data.path)), memorySink());
    hardware = setupDevices(data.path, createLogger(logSink, 'hardware'));
  });
  afterAll(async () => {
    await hardware?.close();
    center?.closeAllConnections();
    await new Promise<void>((r) => center.close(() => r()));
    data.remove();
    usb.remove();
  });
  const kiosk = useWebKiosk(ORIENTATIONS[0], {
    deps: () => ({
      dataDir: data.path,
      logSink,
      devices: hardware.devices,
      pinCost: CHEAP,
      exportTargets: () => [{ path: usb.path, label: 'KINGSTON' }],
    }),
    prepare: async (k) => {
      await k.kiosk.auth.setPin('technician', PIN, 'cli');
      // A kiosk just unpacked: no printer chosen yet; the technician assigns it on the screen.
      k.kiosk.config.set('devices.printer.interface', 'none');
    },
  });

  const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

  describe.each(ORIENTATIONS)('technician mode ($name)', (orientation) => {
    it('assigns the emulated printer, prints a test page and sees it, tests the scanner and card reader, changes the idle timeout, leaves', async () => {
      const before = Object.fromEntries(CHANGED.map((key) => [key, kiosk.kiosk.config.get(key)]));
      onTestFinished(() => kiosk.kiosk.config.setMany(before));
      const page = await kioskPage.fresh({ turned: orientation });
      await expect.poll(() => page.getByTestId('screen-home').isVisible(), POLL).toBe(true);
      await enterTechnicianMode(page, PIN);
      await saveScreenshot(page, 'technician-menu', orientation);

      // Devices: the printer is not set up; assign the emulator and watch its health turn ready.
      await page.getByTestId('tech-menu-devices').tap();
      await expect.poll(() => page.getByTestId('device-printer-health').getAttribute('data-state'), POLL).toBe('not-configured');
      await page.getByTestId('device-printer-interface-emulator').tap();
      await page.getByTestId('tech-save').tap();
      await expect.poll(() => page.getByTestId('device-printer-health').getAttribute('data-state'), { timeout: 15_000 }).toBe('ready');
      expect(kiosk.kiosk.config.get('devices.printer.interface')).toBe('emulator');
      await saveScreenshot(page, 'technician-devices', orientation);

      // Printer test: the page comes back as a picture from the emulated printer.
      await page.getByTestId('device-printer-test').tap();
      await page.getByTestId('printer-test').tap();
      await expect.poll(() => page.getByTestId('printer-result').getAttribute('data-state'), { timeout: 30_000 }).toBe('printed');
      await expect
        .poll(() => page.getByTestId('printer-preview').evaluate((img) => (img as HTMLImageElement).naturalWidth))
        .toBeGreaterThan(300);
      await page.getByTestId('printer-preview').scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'technician-printer-preview', orientation);
      // The print queue below lists the test page as its job reported it.
      await expect.poll(() => page.getByTestId('print-job').first().getAttribute('data-state')).toBe('printed');
      // The kiosk serves both orientations' tests: this test's page is among the jobs, all printed.
      await expect
        .poll(() => page.getByTestId('print-job').evaluateAll((jobs) => jobs.every((j) => j.getAttribute('data-state') === 'printed')))
        .toBe(true);
      await page.getByTestId('print-queue').scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'technician-print-queue', orientation);
      await page.getByTestId('nav-back').tap();

      // Scanner test: a scan shows as it arrived and what it was.
      await page.getByTestId('device-scanner-test').tap();
      await expect.poll(() => page.getByTestId('scan-health').getAttribute('data-state'), { timeout: 15_000 }).toBe('ready');
      await hardware.emulators
        .lineDevice('scanner')
        ?.send('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193');
      await expect.poll(() => page.getByTestId('scan-list').textContent(), POLL).toContain('1.001193');
      expect(await page.getByTestId('scan-entry').first().getAttribute('data-kind')).toBe('procedure');
      await saveScreenshot(page, 'technician-scanner', orientation);
      await page.getByTestId('nav-back').tap();

      // Card reader test: the card is recognised, the holder's data masked.
      await page.getByTestId('device-idReader-test').tap();
      await expect.poll(() => page.getByTestId('scan-health').getAttribute('data-state'), { timeout: 15_000 }).toBe('ready');
      await hardware.emulators.lineDevice('idReader')?.sendCard(TEST_ID_CARD);
      await expect.poll(() => page.getByTestId('scan-entry').first().getAttribute('data-kind'), POLL).toBe('cccd');
      const cardText = (await page.getByTestId('scan-list').textContent()) ?? '';
      for (const personal of TEST_ID_CARD_PERSONAL) expect(cardText).not.toContain(personal);
      await saveScreenshot(page, 'technician-card-reader', orientation);
      await page.getByTestId('nav-back').tap();
      await page.getByTestId('nav-back').tap();

      // Kiosk: idle timeout 60 → 90 s, center name; applied live (the top bar shows the new name).
      await page.getByTestId('tech-menu-kiosk').tap();
      await expect.poll(() => page.getByTestId('kiosk-idle-value').textContent(), POLL).toBe('60 giây');
      await page.getByTestId('kiosk-idle-more').tap();
      await page.getByTestId('kiosk-idle-more').tap();
      await expect.poll(() => page.getByTestId('kiosk-idle-value').textContent(), POLL).toBe('90 giây');
      await page.getByTestId('kiosk-center-name').fill('UBND xã Tả Van');
      await page.getByTestId('tech-save').tap();
      await expect.poll(() => page.getByTestId('tech-save-status').textContent(), POLL).toContain('Đã lưu');
      expect(kiosk.kiosk.config.get('ui.idleTimeoutS')).toBe(90);
      await expect.poll(() => page.locator('.top-bar__center').textContent(), POLL).toBe('UBND xã Tả Van');
      // A name left empty is explained and cannot be saved.
      await page.getByTestId('kiosk-center-name').fill('  ');
      await expect.poll(() => page.getByTestId('kiosk-center-name-missing').isVisible(), POLL).toBe(true);
      expect(await page.getByTestId('tech-save').isDisabled()).toBe(true);
      expect(kiosk.kiosk.config.get('center.name')).toBe('UBND xã Tả Van');
      await saveScreenshot(page, 'technician-kiosk', orientation);
      await page.getByTestId('nav-back').tap();

      // Center server: a wrong token is explained; the right one connects with a latency.
      await page.getByTestId('tech-menu-server').tap();
      await page.getByTestId('server-url').fill(centerUrl);
      await page.getByTestId('server-token').fill('wrong-token');
      await page.getByTestId('server-test').tap();
      await expect.poll(() => page.getByTestId('server-check-result').getAttribute('data-outcome'), POLL).toBe('unauthorized');
      await page.getByTestId('server-token').fill('tok-e2e-0123456789');
      await page.getByTestId('server-test').tap();
      await expect.poll(() => page.getByTestId('server-check-result').getAttribute('data-outcome'), POLL).toBe('ok');
      expect(await page.getByTestId('server-check-result').textContent()).toMatch(/Đã kết nối\. Máy chủ trả lời sau \d+ ms/);
      await page.getByTestId('tech-save').tap();
      await expect.poll(() => page.getByTestId('tech-save-status').textContent(), POLL).toContain('Đã lưu');
      expect(kiosk.kiosk.config.get('server.token')).toBe('tok-e2e-0123456789');
      expect(await page.getByTestId('server-token').getAttribute('placeholder')).toBe('****6789');
      await saveScreenshot(page, 'technician-server', orientation);
      await page.getByTestId('nav-back').tap();

      // Logs: the lines of what just happened, and a copy on the USB drive.
      await page.getByTestId('tech-menu-logs').tap();
      await expect.poll(() => page.getByTestId('logs-lines').textContent(), POLL).toContain('center server test');
      expect(await page.getByTestId('logs-lines').textContent()).not.toContain('tok-e2e');
      await page.getByTestId('logs-drive-KINGSTON').tap();
      await page.getByTestId('logs-export').tap();
      await expect.poll(() => page.getByTestId('logs-export-result').textContent(), POLL).toContain(join(usb.path, 'kiosk-logs-'));
      await saveScreenshot(page, 'technician-logs', orientation);

      // Leave: back to the citizen home, and the session is a citizen's again.
      await page.getByTestId('nav-back').tap();
      await page.getByTestId('tech-leave').tap();
      await expect.poll(() => page.getByTestId('screen-home').isVisible(), POLL).toBe(true);
      await saveScreenshot(page, 'technician-left', orientation);
      await tapTechnicianCorner(page);
      await expect.poll(() => page.getByTestId('login-pin').isVisible(), POLL).toBe(true);
    });
  });
});
