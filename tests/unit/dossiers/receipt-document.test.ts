import { describe, expect, it } from 'vitest';
import type { DossierReceipt } from '../../../src-main/api/channels/dossiers';
import { dossierReceiptDocument } from '../../../src-main/core/dossiers/receipt-document';

const receipt: DossierReceipt = {
  code: 'K3MABCDEFGHJ7',
  procedureCode: '1.001193',
  procedureName: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
  submittedAt: '2026-03-06T17:30:00.000Z',
  expectedResultDate: '2026-03-11',
  delivery: 'post',
  documentsProvided: 1,
  documentsListed: 2,
  state: 'queued',
};

const texts = (doc: ReturnType<typeof dossierReceiptDocument>) => doc.lines.flatMap((l) => (l.kind === 'text' ? [l.text] : []));

describe('dossier receipt document', () => {
  it('has the code in groups, procedure, local date, expected date, delivery, documents and a QR of the code', () => {
    const doc = dossierReceiptDocument(receipt, { centerName: 'UBND xã Hồng Thái', language: 'vi' });
    expect(doc.title).toBe('receipt K3MABCDEFGHJ7');
    expect(texts(doc)).toEqual([
      'UBND xã Hồng Thái',
      'GIẤY BIÊN NHẬN HỒ SƠ',
      'Mã hồ sơ',
      'K3MA BCDE FGHJ 7',
      'Thủ tục:',
      'Đăng ký khai sinh (1.001193)',
      'Ngày nộp:',
      '07/03/2026 00:30',
      'Ngày hẹn trả kết quả (dự kiến):',
      '11/03/2026',
      'Nhận kết quả:',
      'Qua bưu chính công ích',
      'Giấy tờ mang theo:',
      '1/2',
      'Quét mã QR tại kiosk để tra cứu hồ sơ',
      'Vui lòng giữ giấy biên nhận này',
    ]);
    expect(doc.lines).toContainEqual({ kind: 'qr', data: 'K3MABCDEFGHJ7', cellSize: 6 });
    expect(doc.lines.at(-1)).toEqual({ kind: 'cut' });
  });

  it('adds English to the labels for a citizen who used another language, and names nobody', () => {
    const doc = dossierReceiptDocument({ ...receipt, expectedResultDate: null, delivery: null }, { centerName: 'C', language: 'ar' });
    const all = texts(doc);
    expect(all).toContain('Mã hồ sơ / Dossier code');
    expect(all).toContain('DOSSIER RECEIPT');
    expect(all.some((t) => t.startsWith('Ngày hẹn'))).toBe(false);
    expect(all.some((t) => t.startsWith('Nhận kết quả'))).toBe(false);
  });
});
