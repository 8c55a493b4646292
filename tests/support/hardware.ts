import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BackoffPolicy } from '../../src-main/api/backoff';
import { systemClock } from '../../src-main/api/center-clock';
import { type Database, openDatabase } from '../../src-main/core/db/open-database';
import { createLogger } from '../../src-main/core/logging/logger';
import { systemTimers } from '../../src-main/core/outbox/center-client';
import { PrintQueue } from '../../src-main/core/printing/print-queue';
import { DeviceManager } from '../../src-main/hardware/device-manager';
import { type DeviceSettings, NO_DEVICES } from '../../src-main/hardware/device-settings';
import type { DeviceHealth, DeviceKind } from '../../src-main/hardware/devices';
import type { PrintDocument } from '../../src-main/hardware/printer/print-document';

export const TICKET_LINE = 'Chứng thực bản sao – Quầy số 2 – Người cao tuổi';

/** A queue ticket as the Tickets feature prints it: Vietnamese in every line, a big number, a QR. */
export const ticketDoc: PrintDocument = {
  title: 'ticket A-012',
  lines: [
    { kind: 'text', text: 'UBND XÃ LŨNG CÚ', align: 'center', bold: true },
    { kind: 'text', text: 'Trung tâm Phục vụ hành chính công', align: 'center' },
    { kind: 'rule' },
    { kind: 'text', text: 'SỐ THỨ TỰ CỦA BẠN', align: 'center' },
    { kind: 'text', text: 'A-012', align: 'center', size: 3, bold: true },
    { kind: 'text', text: TICKET_LINE, align: 'center' },
    { kind: 'text', text: 'Đang chờ trước bạn: 4 người', align: 'center' },
    { kind: 'text', text: 'Lấy số lúc 08:45 ngày 22/11/2026' },
    { kind: 'qr', data: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193' },
    { kind: 'text', text: 'Xin cảm ơn! Vui lòng chờ đến lượt.', align: 'center' },
    { kind: 'feed', lines: 1 },
    { kind: 'cut' },
  ],
};

/** A dossier receipt: longer, with the applicant's procedure, code and where to follow it. */
export const receiptDoc: PrintDocument = {
  title: 'receipt',
  lines: [
    { kind: 'text', text: 'UBND PHƯỜNG BẾN NGHÉ', align: 'center', bold: true },
    { kind: 'text', text: 'GIẤY TIẾP NHẬN HỒ SƠ', align: 'center', size: 2, bold: true },
    { kind: 'rule' },
    { kind: 'text', text: 'Thủ tục: Đăng ký khai sinh cho trẻ em có yếu tố nước ngoài' },
    { kind: 'text', text: 'Mã hồ sơ: 2345 6789 ABCD V', bold: true },
    { kind: 'text', text: 'Ngày hẹn trả kết quả: thứ Sáu, 27/11/2026' },
    { kind: 'text', text: 'Tra cứu tình trạng hồ sơ bằng mã QR dưới đây hoặc tại quầy số 3.' },
    { kind: 'qr', data: '23456789ABCDV' },
    { kind: 'rule' },
    { kind: 'text', text: 'Người tiếp nhận: Ki-ốt tự phục vụ', align: 'right' },
    { kind: 'cut' },
  ],
};

export const PRINTS_DIR = fileURLToPath(new URL('../../.tmp/prints', import.meta.url));

/** Keeps a printed page for people to look at: .tmp/prints/<name>.png */
export function savePrint(name: string, png: Uint8Array): string {
  mkdirSync(PRINTS_DIR, { recursive: true });
  const path = join(PRINTS_DIR, `${name}.png`);
  writeFileSync(path, png);
  return path;
}

export async function waitFor<T>(probe: () => T | undefined | null | false, timeoutMs = 5000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function healthOf(manager: DeviceManager, kind: DeviceKind): DeviceHealth {
  return manager.health().find((h) => h.kind === kind) as DeviceHealth;
}

/** A DeviceManager with quick polling, configured with only the given devices. */
export function testManager(settings: Partial<DeviceSettings>): DeviceManager {
  const manager = new DeviceManager({
    log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    printer: { pollMs: 150 },
    listPorts: async () => [],
  });
  manager.configure({ ...NO_DEVICES, ...settings });
  return manager;
}

/** Quick retries for tests: the printer's `ready` report wakes the queue at once anyway. */
export const QUICK_RETRY: BackoffPolicy = { baseMs: 100, capMs: 400, jitter: 'none' };

export interface TestQueue {
  readonly queue: PrintQueue;
  readonly db: Database;
  readonly file: string;
  /** Closes the queue and its database (the file stays until `remove`). */
  close(): void;
  remove(): void;
}

/**
 * The kiosk's print queue on a real SQLite file in a fresh folder, printing through `devices`
 * (a DeviceManager on an emulator). `file` reopens the same queue, as after a restart.
 */
export function testQueue(devices: DeviceManager, file?: string): TestQueue {
  const dir = file ? null : mkdtempSync(join(tmpdir(), 'kiosk-print-queue-'));
  const path = file ?? join(dir as string, 'kiosk.db');
  const db = openDatabase(path);
  const queue = new PrintQueue({
    db,
    devices,
    clock: systemClock,
    log: createLogger(() => undefined, 'test.printing'),
    timers: systemTimers,
    retry: QUICK_RETRY,
  });
  queue.start();
  return {
    queue,
    db,
    file: path,
    close() {
      queue.close();
      if (db.open) db.close();
    },
    remove() {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
