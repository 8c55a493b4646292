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
  documents: [
    { name: { vi: 'Tờ khai đăng ký khai sinh', en: 'Birth registration form' }, provided: true },
    { name: { vi: 'Giấy chứng sinh' }, provided: false },
  ],
  state: 'queued',
};

const texts = (doc: ReturnType<typeof dossierReceiptDocument>) => doc.lines.flatMap((l) => (l.kind === 'text' ? [l.text] : []));

describe('dossier receipt document', () => {
  it('is the official slip: receiving body, code, applicant, procedure, papers with where and when, appointment, delivery, contact', () => {
    const doc = dossierReceiptDocument(receipt, {
      centerName: 'Trung tâm Phục vụ hành chính công xã Hồng Thái',
      committeeName: 'Ủy ban nhân dân xã Hồng Thái',
      phone: '0207 3822 123',
      language: 'vi',
      applicantName: 'Lò Thị Mai',
    });
    expect(doc.title).toBe('receipt K3MABCDEFGHJ7');
    expect(texts(doc)).toEqual([
      'ỦY BAN NHÂN DÂN XÃ HỒNG THÁI',
      'Trung tâm Phục vụ hành chính công xã Hồng Thái',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'Mã hồ sơ',
      'K3MA BCDE FGHJ 7',
      'Cơ quan tiếp nhận:',
      'Ủy ban nhân dân xã Hồng Thái',
      'Người nộp hồ sơ:',
      'Lò Thị Mai',
      'Thủ tục:',
      'Đăng ký khai sinh (1.001193)',
      'Ngày nộp:',
      '00:30, ngày 7 tháng 3 năm 2026',
      'Giấy tờ của hồ sơ (1/2):',
      '1. Tờ khai đăng ký khai sinh (đã có)',
      '2. Giấy chứng sinh (chưa có, cần bổ sung)',
      'Mang bản chính các giấy tờ trên đến Bộ phận Một cửa trước ngày hẹn trả kết quả; kết quả sẽ được gửi qua bưu chính.',
      'Ngày hẹn trả kết quả (dự kiến):',
      'ngày 11 tháng 3 năm 2026',
      'Nhận kết quả:',
      'Qua bưu chính công ích',
      'Liên hệ:',
      'Bộ phận Một cửa, Điện thoại 0207 3822 123',
      'Quét mã QR tại kiosk để tra cứu hồ sơ',
      'Vui lòng giữ giấy hẹn trả kết quả này',
    ]);
    expect(doc.lines).toContainEqual({ kind: 'qr', data: 'K3MABCDEFGHJ7', cellSize: 6 });
    expect(doc.lines.at(-1)).toEqual({ kind: 'cut' });
  });

  it('says to bring the papers when collecting the result only when the result is collected at the counter', () => {
    const all = texts(dossierReceiptDocument({ ...receipt, delivery: 'counter' }, { centerName: 'C', language: 'vi' }));
    expect(all).toContain('Mang bản chính các giấy tờ trên đến Bộ phận Một cửa khi đến nhận kết quả.');
    expect(all.some((t) => t.includes('bưu chính;'))).toBe(false);
    const none = texts(
      dossierReceiptDocument({ ...receipt, documents: [], documentsListed: 0, documentsProvided: 0 }, { centerName: 'C', language: 'vi' }),
    );
    expect(none).toContain('Giấy tờ của hồ sơ: Không cần mang giấy tờ nào.');
  });

  it('adds English to the labels for a citizen who used another language, and names nobody unless told to', () => {
    const doc = dossierReceiptDocument({ ...receipt, expectedResultDate: null, delivery: null }, { centerName: 'C', language: 'ar' });
    const all = texts(doc);
    expect(all).toContain('Mã hồ sơ / Dossier code');
    expect(all).toContain('DOSSIER RECEIPT AND APPOINTMENT SLIP');
    expect(all[0]).toBe('C');
    expect(all.some((t) => t.startsWith('Người nộp'))).toBe(false);
    expect(all.some((t) => t.startsWith('Ngày hẹn'))).toBe(false);
    expect(all.some((t) => t.startsWith('Nhận kết quả'))).toBe(false);
  });
});
