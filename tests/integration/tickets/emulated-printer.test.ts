import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrinterEmulator } from '../../../hardware/emulators/printer-emulator';
import { fakeClock } from '../../../src-main/api/center-clock';
import { ConfigStore } from '../../../src-main/core/config/config-store';
import { type Database, openDatabase } from '../../../src-main/core/db/open-database';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';
import { systemTimers } from '../../../src-main/core/outbox/center-client';
import { PrintQueue } from '../../../src-main/core/printing/print-queue';
import { EventBus } from '../../../src-main/core/rpc/event-bus';
import { TicketService } from '../../../src-main/core/tickets/ticket-service';
import type { DeviceManager } from '../../../src-main/hardware/device-manager';
import { printerProfile } from '../../../src-main/hardware/printer/printer-profiles';
import { healthOf, QUICK_RETRY, savePrint, testManager, waitFor } from '../../support/hardware';
import { tempDir } from '../../support/test-kiosk';

/** A code-page profile, so the emulator decodes the ticket back to Unicode text. */
const PROFILE = 'epson-80-cp1258';

describe('tickets on the emulated receipt printer (ESC/POS over TCP)', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: Database;
  let emulator: PrinterEmulator;
  let manager: DeviceManager;
  let tickets: TicketService;
  let printing: PrintQueue;
  const clock = fakeClock('2026-11-23T02:05:00.000Z'); // Monday 09:05 in Hà Nội

  beforeEach(async () => {
    dir = tempDir();
    db = openDatabase(join(dir.path, 'kiosk.db'));
    const config = new ConfigStore(db, clock);
    config.setMany({ 'center.name': 'UBND xã Lũng Cú', 'tickets.statusUrl': 'https://hcc.example.gov.vn/queue' });
    emulator = await PrinterEmulator.tcp(printerProfile(PROFILE));
    manager = testManager({ printer: { interface: 'tcp', address: emulator.address, profile: PROFILE, baudRate: 0 } });
    await waitFor(() => healthOf(manager, 'printer').state === 'ready', 5000, 'printer ready');
    printing = new PrintQueue({
      db,
      devices: manager,
      clock,
      log: createLogger(memorySink(), 'printing'),
      timers: systemTimers,
      retry: QUICK_RETRY,
    });
    printing.start();
    tickets = new TicketService({
      db,
      clock,
      config,
      bus: new EventBus(),
      log: createLogger(memorySink(), 'tickets'),
      kioskId: 'K1A2B3C4D5',
      printing,
    });
  });
  afterEach(async () => {
    tickets.close();
    printing.close();
    await manager.close();
    await emulator.close();
    db.close();
    dir.remove();
  });

  const textLines = (page: { text: string } | null) => (page?.text ?? '').split('\n').map((l) => l.trim());

  it('prints the number, priority, service, counter, people ahead, time and QR, decoded back to Vietnamese', async () => {
    await tickets.issue({ serviceId: 'certification', priority: false, language: 'vi', source: 'kiosk' });
    const page = emulator.nextPage(15_000, (p) => p.cut);
    const t = await tickets.issue({ serviceId: 'certification', priority: true, language: 'en', source: 'kiosk' });
    const printed = await page;
    expect(t.print).toEqual({ state: 'printed', reason: null, count: 1 });
    expect(printed?.cut).toBe(true);
    expect(printed?.unknown).toEqual([]);
    const lines = textLines(printed);
    for (const expected of [
      'UBND xã Lũng Cú',
      'PHIẾU SỐ THỨ TỰ',
      'Queue ticket',
      'B-002',
      'ƯU TIÊN / PRIORITY',
      'Chứng thực',
      'Certification',
      'Quầy / Counter: 2',
      'Số người chờ trước / Waiting ahead: 0',
      '09:05, ngày 23 tháng 11 năm 2026',
      'Quét mã để xem lượt chờ',
      'Vui lòng chờ đến khi được gọi số',
    ]) {
      expect(lines).toContain(expected);
    }
    const number = printed?.items.find((i) => i.kind === 'text' && i.text.trim() === 'B-002');
    expect(number).toMatchObject({ bold: true, align: 'center' });
    expect((number as { size: number }).size).toBeGreaterThan(1);
    const qr = printed?.items.find((i) => i.kind === 'qr');
    expect(qr).toMatchObject({ data: 'https://hcc.example.gov.vn/queue?kiosk=K1A2B3C4D5&day=2026-11-23&ticket=B-002' });
    savePrint('ticket-b-002-priority', emulator.png(printed as NonNullable<typeof printed>));
  });

  it('marks a reprint on paper', async () => {
    const t = await tickets.issue({ serviceId: 'land', priority: false, language: 'vi', source: 'staff' });
    const page = emulator.nextPage(15_000, (p) => p.cut);
    await tickets.reprint(t.id);
    expect(textLines(await page)).toContain('BẢN IN LẠI');
  });

  it('keeps the ticket while the paper is out, and prints it once paper is loaded', async () => {
    emulator.paper = false;
    await waitFor(() => healthOf(manager, 'printer').state === 'no-paper', 5000, 'no-paper reported');
    const t = await tickets.issue({ serviceId: 'civil-status', priority: false, language: 'vi', source: 'kiosk' });
    // Refused before its first byte: kept in the print queue, and the ticket says so.
    expect(t).toMatchObject({ number: 'A-001', print: { state: 'queued', reason: 'no-paper' } });
    expect(emulator.pages).toHaveLength(0);

    const page = emulator.nextPage(15_000, (p) => p.cut);
    emulator.paper = true;
    const printed = await page;
    expect(textLines(printed)).toContain('A-001');
    await waitFor(() => tickets.get(t.id).print.state === 'printed', 5000, 'ticket recorded printed');
    // One trip asked for by a person; the queue's retries are its own (attempts on the job).
    expect(tickets.get(t.id).print.count).toBe(1);
  });
});
