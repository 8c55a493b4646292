import { describe, expect, it } from 'vitest';
import type { DossierReceipt } from '../../../src-main/api/channels/dossiers';
import { dossierReceiptDocument } from '../../../src-main/core/dossiers/receipt-document';

const receipt: DossierReceipt = {
  code: 'K3MABCDEFGHJ7',
  procedureCode: '2.001035',
  procedureName: { vi: 'Chứng thực hợp đồng, giao dịch' },
  submittedAt: '2026-03-06T03:30:00.000Z',
  expectedResultDate: null,
  delivery: 'counter',
  documentsProvided: 0,
  documentsListed: 0,
  documents: [],
  state: 'queued',
};

const texts = (doc: ReturnType<typeof dossierReceiptDocument>) => doc.lines.flatMap((l) => (l.kind === 'text' ? [l.text] : []));
const qrs = (doc: ReturnType<typeof dossierReceiptDocument>) => doc.lines.flatMap((l) => (l.kind === 'qr' ? [l.data] : []));

describe('the fee on a printed receipt', () => {
  it('prints nothing about a fee when there is none to ask', () => {
    const doc = dossierReceiptDocument(receipt, { centerName: 'UBND xã Hồng Thái', language: 'vi' });
    expect(texts(doc).join('\n')).not.toContain('Lệ phí');
    expect(qrs(doc)).toEqual([receipt.code]);
  });

  it('without a bank account: the amount in figures and words, and "pay at the counter", no payment QR', () => {
    const doc = dossierReceiptDocument(
      { ...receipt, payment: { amountVnd: 50_000, qrPayload: null, beneficiaryName: null } },
      { centerName: 'UBND xã Hồng Thái', language: 'vi' },
    );
    expect(texts(doc)).toEqual(expect.arrayContaining(['Lệ phí phải nộp:', '50.000 đồng', '(năm mươi nghìn đồng)', 'Nộp lệ phí tại quầy']));
    expect(qrs(doc)).toEqual([receipt.code]);
  });

  it('with a bank account: the payment QR before the dossier QR, the note, and cash still taken, bilingual for a visitor', () => {
    const doc = dossierReceiptDocument(
      { ...receipt, payment: { amountVnd: 50_000, qrPayload: '000201PAYLOAD', beneficiaryName: 'UBND XA HONG THAI' } },
      { centerName: 'UBND xã Hồng Thái', language: 'en' },
    );
    expect(qrs(doc)).toEqual(['000201PAYLOAD', receipt.code]);
    expect(texts(doc)).toEqual(
      expect.arrayContaining([
        'Lệ phí phải nộp / Fee to pay:',
        'Người nhận / Beneficiary:',
        'UBND XA HONG THAI',
        'Nội dung chuyển khoản / Transfer note:',
        'K3MABCDEFGHJ7',
        'Có thể nộp tiền mặt tại quầy / You may also pay in cash at the counter',
      ]),
    );
  });
});
