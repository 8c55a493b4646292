import { afterAll, describe, expect, it } from 'vitest';
import { kioskInProcess } from '../../support/kiosk-cli';
import { tempDir } from '../../support/test-kiosk';
import { parseVietQr } from '../../unit/payment/emv-parse';

const dir = tempDir('kiosk-payment-cli-');
// The commands through the CLI's entry (runCli) in this process: a Node start per command tested nothing more.
const kiosk = kioskInProcess(dir.path);
afterAll(() => dir.remove());

describe('kiosk payment qr', () => {
  const CODE = '2222222222222';

  it('says what to set while the bank account is missing', async () => {
    const r = await kiosk('payment', 'qr', '--procedure', '2.001035', '--dossier', CODE, '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('payment.bankBin');
  });

  it('refuses a beneficiary name a bank would refuse, and keeps the setting unchanged', async () => {
    const r = await kiosk('config', 'set', 'payment.accountName', 'UBND Xã Lũng Cú');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('capitals without diacritics');
    expect((await kiosk('config', 'get', 'payment.accountName', '--json')).stdout).not.toContain('Lũng');
  });

  it('prints {payload, amount} for a procedure with a fee once the account is set', async () => {
    for (const [key, value] of [
      ['payment.bankBin', '970436'],
      ['payment.accountNumber', '0011004123456'],
      ['payment.accountName', 'UBND XA LUNG CU'],
    ] as const) {
      expect((await kiosk('config', 'set', key, value)).code).toBe(0);
    }
    const r = await kiosk('payment', 'qr', '--procedure', '2.001035', '--dossier', CODE, '--json');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { payload: string; amount: number };
    expect(Object.keys(out).sort()).toEqual(['amount', 'payload']);
    expect(out.amount).toBe(50_000);
    expect(parseVietQr(out.payload)).toMatchObject({ bin: '970436', account: '0011004123456', amount: 50_000, purpose: CODE, crcOk: true });
  });

  it('refuses a free procedure, one paid per page, and a dossier code that fails its check', async () => {
    const free = await kiosk('payment', 'qr', '--procedure', '1.000894', '--dossier', CODE, '--json');
    expect(free.code).toBe(1);
    expect(free.stderr).toContain('is free');
    expect(free.stdout).toBe('');
    const perPage = await kiosk('payment', 'qr', '--procedure', '2.000815', '--dossier', CODE);
    expect(perPage.code).toBe(1);
    expect(perPage.stderr).toContain('pay at the counter');
    const badCode = await kiosk('payment', 'qr', '--procedure', '2.001035', '--dossier', '2222222222223');
    expect(badCode.code).toBe(1);
    expect(badCode.stderr).toContain('not a valid dossier code');
  });
});
