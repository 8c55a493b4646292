import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LineDeviceEmulator } from '../../../hardware/emulators/line-device-emulator';
import type { ScanEvent } from '../../../src-main/api/channels/scan';
import type { DeviceManager } from '../../../src-main/hardware/device-manager';
import type { RawScan } from '../../../src-main/hardware/devices';
import { healthOf, testManager, waitFor } from '../../support/hardware';
import { startTestKiosk, type TestKiosk } from '../../support/test-kiosk';

let dir: string;
const cleanup: Array<() => Promise<void>> = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-scanner-'));
});
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function scannerRig(name: string): Promise<{ emulator: LineDeviceEmulator; manager: DeviceManager; scans: RawScan[] }> {
  const emulator = await new LineDeviceEmulator(join(dir, `${name}-dev`), join(dir, `${name}-in`)).start();
  const manager = testManager({ scanner: { interface: 'serial', address: emulator.device, baudRate: 0 } });
  cleanup.push(
    () => emulator.close(),
    () => manager.close(),
  );
  const scans: RawScan[] = [];
  manager.onScan((s) => scans.push(s));
  await waitFor(() => healthOf(manager, 'scanner').state === 'ready', 10_000, 'scanner ready');
  return { emulator, manager, scans };
}

describe('serial QR scanner on a pseudo-terminal', () => {
  it('hands on each line as one UTF-8 scan, Vietnamese intact', async () => {
    const { emulator, scans } = await scannerRig('utf8');
    await emulator.send('1.001193');
    await emulator.send('001099012345||Nguyễn Thị Ánh|01011990|Nữ|Thôn Bản Phố, Xã Lũng Cú, Hà Giang|15082021');
    await waitFor(() => scans.length === 2, 10_000, 'two scans');
    expect(scans.map((s) => s.payload)).toEqual([
      '1.001193',
      '001099012345||Nguyễn Thị Ánh|01011990|Nữ|Thôn Bản Phố, Xã Lũng Cú, Hà Giang|15082021',
    ]);
    expect(scans.every((s) => s.source === 'serial')).toBe(true);
  });

  it('is back within 2 s after being unplugged and plugged in again', async () => {
    const { emulator, manager, scans } = await scannerRig('replug');
    await emulator.unplug();
    await waitFor(() => healthOf(manager, 'scanner').state === 'offline', 10_000, 'offline after unplug');
    const replugged = Date.now();
    await emulator.replug();
    await waitFor(() => healthOf(manager, 'scanner').state === 'ready', 2000, 'ready within 2 s');
    expect(Date.now() - replugged).toBeLessThan(2000);
    await emulator.send('23456789ABCDE');
    await waitFor(() => scans.some((s) => s.payload === '23456789ABCDE'), 2000, 'a scan after replug');
  });

  it('survives bytes that are not UTF-8 and a line with no end', async () => {
    const { emulator, manager, scans } = await scannerRig('garbage');
    await emulator.sendRaw(Buffer.from([0xc3, 0x28, 0xff, 0x0d, 0x0a]));
    await emulator.sendRaw('1.000001');
    await waitFor(() => scans.length === 2, 10_000, 'both scans');
    expect(scans[0]?.payload).toContain('\uFFFD');
    expect(scans[1]?.payload).toBe('1.000001');
    expect(healthOf(manager, 'scanner').state).toBe('ready');
  });
});

describe('serial ID-card reader (line-delimited JSON)', () => {
  it('reports garbage without stopping, then reads the next card', async () => {
    const emulator = await new LineDeviceEmulator(join(dir, 'reader-dev'), join(dir, 'reader-in')).start();
    const manager = testManager({ idReader: { interface: 'serial', address: emulator.device, baudRate: 0 } });
    cleanup.push(
      () => emulator.close(),
      () => manager.close(),
    );
    const cards: string[] = [];
    manager.onIdCard((c) => cards.push(c));
    await waitFor(() => healthOf(manager, 'idReader').state === 'ready', 10_000, 'reader ready');

    await emulator.sendRaw(Buffer.from([0x00, 0x9f, 0x13, 0x37, 0x0a]));
    await emulator.send('{"type":"card","idNumber":"12"}');
    const h = await waitFor(
      () => (healthOf(manager, 'idReader').state === 'error' ? healthOf(manager, 'idReader') : null),
      10_000,
      'error',
    );
    expect(h.reason).toContain('unreadable data');
    expect(cards).toEqual([]);

    await emulator.sendCard({
      idNumber: '079203001234',
      oldIdNumber: '',
      fullName: 'Lò Văn Páo',
      dateOfBirth: '1958-03-02',
      sex: 'Nam',
      address: 'Bản Nà Sang, Xã Mường Phăng, Điện Biên',
      issueDate: '2022-06-30',
    });
    await waitFor(() => cards.length === 1, 10_000, 'a card');
    expect(cards[0]).toBe('079203001234||Lò Văn Páo|02031958|Nam|Bản Nà Sang, Xã Mường Phăng, Điện Biên|30062022');
    expect(healthOf(manager, 'idReader').state).toBe('ready');
  });
});

describe('scans reach the screens classified', () => {
  let kiosk: TestKiosk | null = null;
  afterEach(async () => {
    await kiosk?.close();
    kiosk = null;
  });

  it('classifies serial scans and card reads and announces them as scan.onScan', async () => {
    const scanner = await new LineDeviceEmulator(join(dir, 'k-scan'), join(dir, 'k-scan-in')).start();
    const reader = await new LineDeviceEmulator(join(dir, 'k-card'), join(dir, 'k-card-in')).start();
    const manager = testManager({});
    cleanup.push(
      () => scanner.close(),
      () => reader.close(),
      () => manager.close(),
    );
    kiosk = startTestKiosk({ devices: manager });
    kiosk.kiosk.config.setMany({
      'devices.printer.interface': 'none',
      'devices.scanner.interface': 'serial',
      'devices.scanner.address': scanner.device,
      'devices.idReader.interface': 'serial',
      'devices.idReader.address': reader.device,
    });
    const events: ScanEvent[] = [];
    kiosk.kiosk.bus.onAny((name, payload) => {
      if (name === 'scan.onScan') events.push(payload as ScanEvent);
    });
    await waitFor(
      () => healthOf(manager, 'scanner').state === 'ready' && healthOf(manager, 'idReader').state === 'ready',
      5000,
      'devices ready',
    );
    await scanner.send('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193');
    await reader.sendCard({
      idNumber: '001099012345',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '31121990',
      sex: 'male',
      address: 'Hà Nội',
      issueDate: '01012021',
    });
    await waitFor(() => events.length === 2, 10_000, 'two events');
    // The two devices are independent: their reads may arrive in either order.
    expect(events.find((e) => e.source === 'serial')).toMatchObject({ scan: { kind: 'procedure', code: '1.001193' } });
    expect(events.find((e) => e.source === 'idReader')).toMatchObject({
      source: 'idReader',
      scan: { kind: 'cccd', idNumber: '001099012345', dateOfBirth: '1990-12-31', sex: 'male' },
    });
    // Personal data never reaches the log.
    expect(JSON.stringify(kiosk.logs.records)).not.toContain('Nguyễn Văn An');
    expect(JSON.stringify(kiosk.logs.records)).not.toContain('001099012345');
  });
});
