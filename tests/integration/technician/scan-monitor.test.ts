import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LineDeviceEmulator } from '../../../hardware/emulators/line-device-emulator';
import type { ScanTestEntry } from '../../../src-main/api/channels/technician';
import type { Session } from '../../../src-main/core/rpc/session';
import { visiblePayload } from '../../../src-main/core/technician/scan-monitor';
import { healthOf, testManager, waitFor } from '../../support/hardware';
import { TEST_ID_CARD, TEST_ID_CARD_PERSONAL } from '../../support/test-id-card';
import { startTestKiosk, type TestKiosk, tempDir } from '../../support/test-kiosk';

const cleanup: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function recent(k: TestKiosk, s: Session): Promise<ScanTestEntry[]> {
  const reply = await k.kiosk.dispatch(s, 'technician.recentScans', {});
  if (!reply.ok) throw new Error(reply.error.message);
  return (reply.result as { scans: ScanTestEntry[] }).scans;
}

describe('scanner and card reader test', () => {
  it('shows what arrived on the wire and what it was, with the card holder masked', async () => {
    const dir = tempDir();
    const scanner = await new LineDeviceEmulator(join(dir.path, 'scan'), join(dir.path, 'scan-in')).start();
    const reader = await new LineDeviceEmulator(join(dir.path, 'card'), join(dir.path, 'card-in')).start();
    const manager = testManager({});
    const k = startTestKiosk({ devices: manager, configPollMs: 0 });
    cleanup.push(
      dir.remove,
      () => scanner.close(),
      () => reader.close(),
      () => manager.close(),
      () => k.close(),
    );
    k.kiosk.config.setMany({
      'devices.printer.interface': 'none',
      'devices.scanner.interface': 'serial',
      'devices.scanner.address': scanner.device,
      'devices.idReader.interface': 'serial',
      'devices.idReader.address': reader.device,
    });
    await waitFor(() => healthOf(manager, 'scanner').state === 'ready' && healthOf(manager, 'idReader').state === 'ready', 5000, 'ready');
    const tech = k.kiosk.newSession();
    tech.setRole('technician');

    await scanner.send('1.001193');
    await expect.poll(async () => (await recent(k, tech)).length, { timeout: 3000 }).toBe(1);
    await scanner.sendRaw('\u0002HELLO\r\n');
    // Two devices, two pseudo-terminals: wait for the scanner's line so the order below is fixed.
    await expect.poll(async () => (await recent(k, tech)).length, { timeout: 3000 }).toBe(2);
    await reader.sendCard(TEST_ID_CARD);
    await expect.poll(async () => (await recent(k, tech)).length, { timeout: 3000 }).toBe(3);
    const scans = await recent(k, tech);
    const [card, prefixed, procedure] = scans as [ScanTestEntry, ScanTestEntry, ScanTestEntry] | ScanTestEntry[];
    expect(procedure).toMatchObject({ source: 'serial', kind: 'procedure', detail: '1.001193', payload: '1.001193' });
    expect(prefixed).toMatchObject({ kind: 'unknown', payload: '\\u{2}HELLO', detail: expect.stringContaining('control') });
    expect(card).toMatchObject({ source: 'idReader', kind: 'cccd' });
    const text = JSON.stringify(scans);
    for (const personal of TEST_ID_CARD_PERSONAL) expect(text).not.toContain(personal);

    // Citizens and staff see none of it.
    const staff = k.kiosk.newSession();
    staff.setRole('staff');
    expect(await k.kiosk.dispatch(staff, 'technician.recentScans', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('makes control characters visible and cuts very long payloads', () => {
    expect(visiblePayload('A\r\n\tB\u001b')).toBe('A␍␊␉B␛');
    expect(visiblePayload('x'.repeat(1000))).toHaveLength(401);
  });
});
