import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LineDeviceEmulator } from '../../hardware/emulators/line-device-emulator';
import { dossierCheckChar } from '../../src-main/api/codes';
import type { DeviceManager } from '../../src-main/hardware/device-manager';
import { type KioskBrowser, launchKioskBrowser, ORIENTATIONS, openKioskPage, saveScreenshot } from '../support/browser';
import { writeQrVideo } from '../support/fake-camera';
import { testManager, waitFor } from '../support/hardware';
import { startTestWebKiosk, type TestWebKiosk } from '../support/test-kiosk';

const DOSSIER = `23456789ABCD${dossierCheckChar('23456789ABCD')}`;
const CARD = '001099012345||Nguyễn Thị Ánh|01011990|Nữ|Thôn Bản Phố, Xã Lũng Cú, Hà Giang|15082021';

describe.each(ORIENTATIONS)('scanning ($name)', (orientation) => {
  let kiosk: TestWebKiosk;
  let kb: KioskBrowser;
  let manager: DeviceManager;
  let scanner: LineDeviceEmulator;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-scan-'));
    scanner = await new LineDeviceEmulator(join(dir, 'scanner'), join(dir, 'scanner-in')).start();
    manager = testManager({});
    kiosk = await startTestWebKiosk({ devices: manager });
    kiosk.kiosk.config.setMany({
      'devices.printer.interface': 'none',
      'devices.idReader.interface': 'none',
      'devices.scanner.interface': 'serial',
      'devices.scanner.address': scanner.device,
    });
    const video = writeQrVideo(join(dir, 'qr.y4m'), DOSSIER);
    kb = await launchKioskBrowser({
      args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    });
    await waitFor(() => manager.health().find((h) => h.kind === 'scanner')?.state === 'ready', 5000, 'scanner ready');
  });
  afterAll(async () => {
    await kb?.close();
    await kiosk?.close();
    await manager?.close();
    await scanner?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('tells a scanner burst from a person typing, and acknowledges the scan', async () => {
    const { page, context } = await openKioskPage(kb.browser, kiosk.shell.url, orientation);
    // The center name comes over the bridge: once it shows, scans can reach main.
    await expect.poll(() => page.locator('.home__center').textContent()).toBe('Trung tâm Phục vụ hành chính công');
    // A person typing, slowly: nothing happens.
    await page.keyboard.type('1.001193', { delay: 150 });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    expect(await page.getByTestId('scan-feedback').count()).toBe(0);
    // A keyboard-wedge scanner: the same characters in a burst, then Enter.
    await page.keyboard.type('1.001193');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('scan-feedback').textContent()).toContain('Đã đọc mã');
    await saveScreenshot(page, 'scan-wedge-feedback', orientation);
    await page.getByTestId('scan-feedback-close').tap();
    expect(await page.getByTestId('scan-feedback').count()).toBe(0);
    await context.close();
  });

  it('keeps an ID card read by the serial scanner, and forgets it on request', async () => {
    const { page, context } = await openKioskPage(kb.browser, kiosk.shell.url, orientation);
    await expect.poll(() => page.getByTestId('screen-home').isVisible()).toBe(true);
    await scanner.send(CARD);
    await expect.poll(() => page.getByTestId('scan-feedback').textContent()).toContain('Đã đọc thẻ căn cước');
    await saveScreenshot(page, 'scan-card-read', orientation);
    await page.getByTestId('scan-clear-card').tap();
    await expect.poll(() => page.getByTestId('scan-feedback').count()).toBe(0);
    await context.close();
  });

  it('reads a QR code with the camera on the scan screen', async () => {
    const { page, context } = await openKioskPage(kb.browser, kiosk.shell.url, orientation);
    await page.getByTestId('home-action-scan').tap();
    await expect.poll(() => page.getByTestId('screen-scan').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('scan-camera-status').getAttribute('data-state'), { timeout: 15_000 }).toBe('on');
    await expect.poll(() => page.getByTestId('scan-feedback').isVisible(), { timeout: 20_000 }).toBe(true);
    await saveScreenshot(page, 'scan-camera', orientation);
    await context.close();
  });
});
