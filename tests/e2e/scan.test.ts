import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LineDeviceEmulator } from '../../hardware/emulators/line-device-emulator';
import { dossierCheckChar } from '../../src-main/api/codes';
import type { DeviceManager } from '../../src-main/hardware/device-manager';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useWebKiosk } from '../support/e2e-kiosk';
import { writeQrVideo } from '../support/fake-camera';
import { testManager, waitFor } from '../support/hardware';
import { useReusedKioskPage } from '../support/reused-page';
import { wedgeBurst } from '../support/wedge';

const DOSSIER = `23456789ABCD${dossierCheckChar('23456789ABCD')}`;
const CARD = '001099012345||Nguyễn Thị Ánh|01011990|Nữ|Thôn Bản Phố, Xã Lũng Cú, Hà Giang|15082021';

const POLL = { timeout: 20_000 };

describe.each(ORIENTATIONS)('scanning ($name)', (orientation) => {
  let manager: DeviceManager;
  let scanner: LineDeviceEmulator;
  let dir: string;
  let video: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-scan-'));
    scanner = await new LineDeviceEmulator(join(dir, 'scanner'), join(dir, 'scanner-in')).start();
    manager = testManager({});
    video = writeQrVideo(join(dir, 'qr.y4m'), DOSSIER);
  });
  afterAll(async () => {
    await manager?.close();
    await scanner?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const kiosk = useWebKiosk(orientation, {
    deps: () => ({ devices: manager }),
    prepare: async (k) => {
      k.kiosk.config.setMany({
        'devices.printer.interface': 'none',
        'devices.idReader.interface': 'none',
        'devices.scanner.interface': 'serial',
        'devices.scanner.address': scanner.device,
      });
      await waitFor(() => manager.health().find((h) => h.kind === 'scanner')?.state === 'ready', 10_000, 'scanner ready');
    },
    browser: () => ({
      args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    }),
  });

  const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), orientation);

  it('tells a scanner burst from a person typing, opens the procedure, and says when a code is not one of ours', async () => {
    const page = await kioskPage.fresh();
    // The center name comes over the bridge: once it shows, scans can reach main.
    await expect.poll(() => page.getByTestId('center-name').textContent(), POLL).toBe('Trung tâm Phục vụ hành chính công');
    // A person typing, slowly: nothing happens. A burst of a code that is none of the kiosk's,
    // sent after it, is answered in order: once its notice shows, the typing had its chance.
    await page.keyboard.type('1.001193', { delay: 150 });
    await page.keyboard.press('Enter');
    await wedgeBurst(page, 'WIFI:T:WPA;S:cafe;;');
    // Read whole but none of the kiosk's: said as such, not "could not read".
    await expect
      .poll(() => page.getByTestId('scan-feedback').textContent(), POLL)
      .toContain('Đã đọc được mã, nhưng đây không phải mã của trung tâm');
    expect(await page.getByTestId('scan-feedback').count()).toBe(1);
    expect(await page.getByTestId('screen-home').isVisible()).toBe(true);
    await page.getByTestId('scan-feedback-close').tap();
    expect(await page.getByTestId('scan-feedback').count()).toBe(0);
    // A keyboard-wedge scanner: the same characters in a burst, then Enter, opens the procedure.
    await wedgeBurst(page, '1.001193');
    await expect.poll(() => page.getByTestId('screen-catalog-procedure').isVisible(), POLL).toBe(true);
    await expect.poll(() => page.locator('h1').textContent(), POLL).toContain('Đăng ký khai sinh');
    await saveScreenshot(page, 'scan-wedge-procedure', orientation);
    // A code that is none of the kiosk's: the citizen is told, and stays where they are.
    await wedgeBurst(page, 'WIFI:T:WPA;S:cafe;;');
    await expect.poll(() => page.getByTestId('scan-feedback').textContent(), POLL).toContain('không phải mã của trung tâm');
    await saveScreenshot(page, 'scan-wedge-unknown', orientation);
    await page.getByTestId('scan-feedback-close').tap();
    expect(await page.getByTestId('scan-feedback').count()).toBe(0);
    expect(await page.getByTestId('screen-catalog-procedure').isVisible()).toBe(true);
  });

  it('keeps an ID card read by the serial scanner, and forgets it on request', async () => {
    const page = await kioskPage.fresh();
    // The notice hides itself after 7 s of page time: hold the page's clock, so on a busy machine
    // it is still there to be tapped after the screenshot, and goes only because of the tap.
    await page.clock.install();
    await page.reload();
    await expect.poll(() => page.getByTestId('screen-home').isVisible(), POLL).toBe(true);
    await page.clock.pauseAt(Date.now() + 1_000);
    await scanner.send(CARD);
    await expect.poll(() => page.getByTestId('scan-feedback').textContent(), POLL).toContain('Đã đọc thẻ căn cước');
    await saveScreenshot(page, 'scan-card-read', orientation);
    await page.getByTestId('scan-clear-card').tap();
    await expect.poll(() => page.getByTestId('scan-feedback').count(), POLL).toBe(0);
  });

  it('reads a receipt QR with the camera and opens the dossier status', async () => {
    // A context of its own: the page of the tests above runs on a paused page clock.
    const { page, context } = await kiosk.open();
    await page.getByTestId('home-action-scan').tap();
    await expect.poll(() => page.getByTestId('screen-scan').isVisible(), POLL).toBe(true);
    await saveScreenshot(page, 'scan-camera', orientation);
    // The receipt's code read by the camera opens that dossier's status.
    await expect.poll(() => page.getByTestId('screen-dossier-status').isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.getByTestId('status-code').textContent(), POLL).toContain(DOSSIER.slice(0, 4));
    await context.close();
  });
});
