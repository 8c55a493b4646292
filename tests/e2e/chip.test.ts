import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PcscStack, VirtualCard } from '../../hardware/emulators/chip/pcsc-stack';
import { makeTestCard, SAMPLE_HOLDER, type TestCard } from '../../hardware/emulators/chip/test-card';
import { makeTestPki, type TestPki } from '../../hardware/emulators/chip/test-pki';
import { LineDeviceEmulator } from '../../hardware/emulators/line-device-emulator';
import { TrustStore } from '../../src-main/core/cards/trust-store';
import { silentLog } from '../../src-main/hardware/device-log';
import type { DeviceManager } from '../../src-main/hardware/device-manager';
import { PcscCardReader } from '../../src-main/hardware/idreader/pcsc-card-reader';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { agreeToPrivacy, fill } from '../support/e2e-fill';
import { useWebKiosk } from '../support/e2e-kiosk';
import { testManager, waitFor } from '../support/hardware';
import { startProcessPcscStack } from '../support/pcsc-per-process';
import { enterTechnicianMode } from '../support/pin-pad';
import { useReusedKioskPage } from '../support/reused-page';

// The card's printed QR (id|old id|name|birth|sex|address|issue): the address is the short form a
// QR carries, so the applicant step shows whether the chip's full place of residence was used.
const QR = `${SAMPLE_HOLDER.idNumber}|${SAMPLE_HOLDER.oldIdNumber}|${SAMPLE_HOLDER.fullName}|14071990|Nữ|Hà Nội|10042021`;
const POLL = { timeout: 30_000 };
const PIN = '482913';

// One PC/SC stack for the file, on the socket path of this process (libpcsclite reads it once).
let stack: PcscStack;
let pki: TestPki;
let card: TestCard;
beforeAll(async () => {
  stack = await startProcessPcscStack();
  pki = makeTestPki('E2E');
  card = makeTestCard(pki);
});
afterAll(async () => {
  await stack?.stop();
});

// One kiosk, scanner, reader and page for both orientations, turned by each test. The technician's
// test reads what the test before it left: in either orientation, the refused key.
describe('CCCD chip in the web shell', () => {
  let manager: DeviceManager;
  let scanner: LineDeviceEmulator;
  let reader: PcscCardReader;
  let dir: string;
  let virtual: VirtualCard | null = null;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-chip-'));
    scanner = await new LineDeviceEmulator(join(dir, 'scanner'), join(dir, 'scanner-in')).start();
    manager = testManager({});
    reader = new PcscCardReader({ log: silentLog });
  });
  afterAll(async () => {
    await virtual?.remove();
    await manager?.close();
    await scanner?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const kiosk = useWebKiosk(ORIENTATIONS[0], {
    // The PIN hashed at the tests' cost, as in the other e2e files (the kiosk's own cost is unchanged).
    deps: () => ({ devices: manager, chipReader: reader, pinCost: { N: 1024, r: 8, p: 1 } }),
    prepare: async (k) => {
      new TrustStore(k.dataDir).add(pki.cscaDer);
      await k.kiosk.auth.setPin('technician', PIN, 'cli');
      k.kiosk.config.setMany({
        'devices.printer.interface': 'none',
        'devices.idReader.interface': 'none',
        'devices.scanner.interface': 'serial',
        'devices.scanner.address': scanner.device,
      });
      await waitFor(() => manager.health().find((h) => h.kind === 'scanner')?.state === 'ready', 10_000, 'scanner ready');
    },
  });
  const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

  describe.each(ORIENTATIONS)('CCCD chip in the web shell ($name)', (orientation) => {
    it('QR scan, then the chip read, then the applicant step shows the chip data marked verified', async () => {
      const page = await kioskPage.fresh({ turned: orientation });
      await expect.poll(() => page.getByTestId('center-name').textContent(), POLL).toBe('Trung tâm Phục vụ hành chính công');
      await page.getByTestId('home-action-catalog').tap();
      await fill(page, 'catalog-search-input', 'khai sinh');
      await page.getByTestId('catalog-result-1.001193').tap();
      await page.getByTestId('procedure-action-dossier.start').tap();
      await agreeToPrivacy(page);
      await expect.poll(() => page.getByTestId('dossier-step-applicant').isVisible(), POLL).toBe(true);

      // The QR under the scanner: with a chip reader there, the kiosk asks for the card.
      await scanner.send(QR);
      await expect.poll(() => page.getByTestId('screen-cards-chip').isVisible(), POLL).toBe(true);
      await expect.poll(() => page.locator('h1').textContent(), POLL).toBe('Đặt thẻ lên đầu đọc');
      await expect.poll(() => page.getByTestId('chip-steps').getAttribute('data-step'), POLL).toBe('waiting');
      expect(await page.getByTestId('chip-picture').isVisible()).toBe(true);
      await saveScreenshot(page, 'chip-place-card', orientation);

      virtual = await stack.insert(card);
      await expect.poll(() => page.getByTestId('chip-verdict').getAttribute('data-verified'), POLL).toBe('true');
      expect(await page.getByTestId('chip-verdict').textContent()).toContain('Đã xác thực bằng chip');
      expect(await page.getByTestId('chip-fullName').textContent()).toBe(SAMPLE_HOLDER.fullName);
      await expect
        .poll(() => page.getByTestId('chip-photo').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), POLL)
        .toBe(90);
      await saveScreenshot(page, 'chip-verified', orientation);
      await virtual.remove();
      virtual = null;
      // PC/SC notices the card gone on its next poll: later reads start from an empty reader.
      await expect.poll(() => reader.readerWithCard(), POLL).toBe(null);

      await page.getByTestId('chip-continue').tap();
      await expect.poll(() => page.getByTestId('applicant-from-card').getAttribute('data-source'), POLL).toBe('chip');
      expect(await page.getByTestId('applicant-from-card').textContent()).toContain('xác thực bằng chip');
      expect(await page.getByTestId('applicant-fullName').inputValue()).toBe(SAMPLE_HOLDER.fullName);
      expect(await page.getByTestId('applicant-citizenId').inputValue()).toBe(SAMPLE_HOLDER.idNumber);
      // The chip's place of residence, not the QR's short address.
      expect(await page.getByTestId('applicant-address').inputValue()).toBe(SAMPLE_HOLDER.placeOfResidence);
      await saveScreenshot(page, 'chip-applicant-verified', orientation);
    });

    it('says plainly when the QR scanned does not open the chip on the reader, and falls back to the QR', async () => {
      const page = await kioskPage.fresh({ turned: orientation });
      await expect.poll(() => page.getByTestId('center-name').textContent(), POLL).toBe('Trung tâm Phục vụ hành chính công');
      // A QR with another birth date: its key cannot open this chip.
      await scanner.send(QR.replace('14071990', '15071990'));
      await expect.poll(() => page.getByTestId('screen-cards-chip').isVisible(), POLL).toBe(true);
      virtual = await stack.insert(card);
      await expect.poll(() => page.getByTestId('chip-error').getAttribute('data-reason'), POLL).toBe('wrong-key');
      await saveScreenshot(page, 'chip-wrong-key', orientation);
      await virtual.remove();
      virtual = null;
      // PC/SC notices the card gone on its next poll: later reads start from an empty reader.
      await expect.poll(() => reader.readerWithCard(), POLL).toBe(null);
      await page.getByTestId('chip-skip').tap();
      await expect.poll(() => page.getByTestId('screen-cards-chip').count(), POLL).toBe(0);
    });

    it('shows the technician the readers, the last read without personal data, and the trust list', async () => {
      const page = await kioskPage.fresh({ turned: orientation });
      await expect.poll(() => page.getByTestId('screen-home').isVisible(), POLL).toBe(true);
      await enterTechnicianMode(page, PIN);
      await page.getByTestId('tech-menu-chip').tap();
      await expect.poll(() => page.getByTestId('chip-readers').textContent(), POLL).toContain('Virtual PCD 00 00');
      // The previous test's read: refused key, with no name, number or date of the citizen.
      await expect.poll(() => page.getByTestId('chip-last-read').getAttribute('data-outcome'), POLL).toBe('wrong-key');
      const shown = await page.getByTestId('screen-technician-chip').textContent();
      for (const personal of [SAMPLE_HOLDER.fullName, SAMPLE_HOLDER.idNumber, '1990']) expect(shown).not.toContain(personal);
      expect(await page.getByTestId('chip-trust').textContent()).toContain('E2E CSCA');

      // A card whose QR cannot give the key: the technician types the MRZ from its back.
      virtual = await stack.insert(card);
      await fill(page, 'chip-mrz', card.mrz.replace(/\n/g, ''));
      await page.getByTestId('chip-mrz-read').tap();
      await expect.poll(() => page.getByTestId('chip-mrz-outcome').getAttribute('data-ok'), POLL).toBe('true');
      await expect.poll(() => page.getByTestId('chip-last-read').getAttribute('data-outcome'), POLL).toBe('verified');
      await expect.poll(() => page.getByTestId('chip-timings').isVisible(), POLL).toBe(true);
      const lastRead = await page.getByTestId('chip-last-read').textContent();
      for (const personal of [SAMPLE_HOLDER.fullName, SAMPLE_HOLDER.idNumber.slice(3), '900714']) expect(lastRead).not.toContain(personal);
      await saveScreenshot(page, 'chip-technician', orientation);
      await virtual.remove();
      virtual = null;
      await expect.poll(() => reader.readerWithCard(), POLL).toBe(null);
    });
  });
});
