import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrinterEmulator } from '../../../hardware/emulators/printer-emulator';
import type { DossierReceipt, DossierStatus } from '../../../src-main/api/channels/dossiers';
import type { DeviceManager } from '../../../src-main/hardware/device-manager';
import { printerProfile } from '../../../src-main/hardware/printer/printer-profiles';
import { type CenterServer, startCenterServer } from '../../support/center-server';
import { healthOf, savePrint, testManager, waitFor } from '../../support/hardware';
import { BANK_SETTINGS, freeProcedureDraft, maritalStatusDraft } from '../../support/payment-fixtures';
import { startTestKiosk, type TestKiosk } from '../../support/test-kiosk';
import { parseVietQr } from '../../unit/payment/emv-parse';

const PROFILE = 'epson-80-cp1258';

describe('a receipt with a fee to pay by VietQR', () => {
  let t: TestKiosk;
  let server: CenterServer;
  let emulator: PrinterEmulator;
  let manager: DeviceManager;

  beforeEach(async () => {
    server = await startCenterServer({ token: 'tok' });
    emulator = await PrinterEmulator.tcp(printerProfile(PROFILE));
    manager = testManager({});
    t = startTestKiosk({ backgroundSync: false, devices: manager });
    t.kiosk.config.setMany({
      'server.url': server.url,
      'server.token': 'tok',
      'center.name': 'UBND xã Chiềng Sơn',
      'devices.printer.interface': 'tcp',
      'devices.printer.address': emulator.address,
      'devices.printer.profile': PROFILE,
      'devices.scanner.interface': 'none',
      'devices.idReader.interface': 'none',
      ...BANK_SETTINGS,
    });
    await waitFor(() => healthOf(manager, 'printer').state === 'ready', 10_000, 'printer ready');
  });
  afterEach(async () => {
    await t.close();
    await manager.close();
    await emulator.close();
    await server.close();
  });

  async function call<T>(channel: string, args: unknown): Promise<T> {
    const reply = await t.kiosk.dispatch(t.kiosk.newSession(), channel, args);
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.result as T;
  }

  it('carries the amount and a VietQR whose fields parse back to the account, amount and dossier code', async () => {
    const receipt = await call<DossierReceipt>('dossier.submit', maritalStatusDraft());
    expect(receipt.payment).toMatchObject({ amountVnd: 8000, beneficiaryName: 'UBND XA CHIENG SON' });
    const qr = parseVietQr(receipt.payment?.qrPayload ?? '');
    expect(qr).toMatchObject({ bin: '970418', account: '12010000123456', amount: 8000, purpose: receipt.code, crcOk: true });
    // The CLI gives the very same payload for the same procedure and code.
    expect(t.kiosk.payment.service.qrFor('1.004873', receipt.code)).toEqual({ payload: receipt.payment?.qrPayload, amount: 8000 });
  });

  it('prints the amount in figures and words, the same QR, and that cash is still taken', async () => {
    const receipt = await call<DossierReceipt>('dossier.submit', maritalStatusDraft());
    const page = emulator.nextPage(15_000, (p) => p.cut);
    expect(await call('dossier.printReceipt', { code: receipt.code })).toEqual({ state: 'printed' });
    const printed = await page;
    if (!printed) throw new Error('nothing printed');
    const lines = printed.text.split('\n').map((l) => l.trim());
    for (const expected of ['Lệ phí phải nộp:', '8.000 đồng', '(tám nghìn đồng)', 'UBND XA CHIENG SON', 'Có thể nộp tiền mặt tại quầy']) {
      expect(lines).toContain(expected);
    }
    const qrs = printed.items.flatMap((i) => (i.kind === 'qr' ? [i.data] : []));
    expect(qrs).toEqual([receipt.payment?.qrPayload, receipt.code]);
    expect(parseVietQr(qrs[0] ?? '')).toMatchObject({ amount: 8000, purpose: receipt.code, crcOk: true });
    savePrint('receipt-with-vietqr', emulator.png(printed));
  });

  it('has no payment for a free procedure, and says "pay at the counter" while the bank account is not set', async () => {
    const free = await call<DossierReceipt>('dossier.submit', freeProcedureDraft());
    expect(free.payment).toBeUndefined();
    t.kiosk.config.setMany({ 'payment.accountNumber': '' });
    const fee = await call<DossierReceipt>('dossier.submit', maritalStatusDraft());
    expect(fee.payment).toEqual({ amountVnd: 8000, qrPayload: null, beneficiaryName: null });
    expect(() => t.kiosk.payment.service.qrFor('1.001653', free.code)).toThrow(/is free/);
  });

  it('shows paid or unpaid only when the center’s status answer says so', async () => {
    const receipt = await call<DossierReceipt>('dossier.submit', maritalStatusDraft());
    await t.kiosk.outbox.worker.step();
    let status = await call<DossierStatus>('dossier.status', { code: receipt.code });
    expect(status.remote).not.toBeNull();
    expect(status.remote?.payment).toBeUndefined();
    server.setPayment(receipt.code, 'unpaid');
    status = await call<DossierStatus>('dossier.status', { code: receipt.code });
    expect(status.remote?.payment).toBe('unpaid');
    server.setPayment(receipt.code, 'paid');
    status = await call<DossierStatus>('dossier.status', { code: receipt.code });
    expect(status.remote?.payment).toBe('paid');
  });
});
