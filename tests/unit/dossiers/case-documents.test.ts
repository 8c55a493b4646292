import { describe, expect, it } from 'vitest';
import { receiptOf, storedDocuments } from '../../../src-main/core/dossiers/dossier-store';

const procedure = {
  documents: [
    { name: { vi: 'Tờ khai đăng ký khai sinh', en: 'Birth registration form' } },
    { name: { vi: 'Giấy chứng sinh' } },
    { name: { vi: 'Biên bản xác nhận việc trẻ bị bỏ rơi' }, condition: { vi: 'Trẻ bị bỏ rơi' } },
    { name: { vi: 'Văn bản chứng minh việc mang thai hộ' }, condition: { vi: 'Trẻ sinh ra do mang thai hộ' } },
  ],
};

const row = (documents: unknown, delivery = '{"method":"post"}') => ({
  code: 'K3MABCDEFGHJ7',
  procedure_code: '1.001193',
  procedure_name: '{"vi":"Đăng ký khai sinh"}',
  language: 'vi',
  applicant: null,
  form: null,
  documents: documents === null ? null : JSON.stringify(documents),
  delivery,
  submitted_at: '2026-03-06T03:00:00.000Z',
  expected_result_date: '2026-03-06',
  purged_at: null,
});
const queued = { state: null, sentAt: null };

describe('the papers of the citizen’s case', () => {
  it('counts a paper asked only in a case when the citizen said the case is theirs, and never as provided otherwise', () => {
    const stored = storedDocuments(
      procedure,
      [
        { index: 0, provided: true },
        { index: 1, provided: false },
        { index: 2, provided: true, applies: false },
        { index: 3, provided: false, applies: true },
      ],
      {},
    );
    expect(stored.map((d) => [d.applies, d.provided])).toEqual([
      [true, true],
      [true, false],
      [false, false],
      [true, false],
    ]);
    const receipt = receiptOf(row(stored), queued);
    expect(receipt.documentsListed).toBe(3);
    expect(receipt.documentsProvided).toBe(1);
    expect(receipt.documents.map((d) => d.name.vi)).toEqual([
      'Tờ khai đăng ký khai sinh',
      'Giấy chứng sinh',
      'Văn bản chứng minh việc mang thai hộ',
    ]);
    expect(receipt.documents[0]?.name.en).toBe('Birth registration form');
  });

  it('leaves out case papers nobody answered for, reads rows stored before cases were asked, and says nothing once purged', () => {
    const receipt = receiptOf(row(storedDocuments(procedure, [{ index: 0, provided: true }], {})), queued);
    expect(receipt.documentsListed).toBe(2);
    const old = receiptOf(row([{ name: 'Giấy chứng sinh', provided: true }]), queued);
    expect(old.documents).toEqual([{ name: { vi: 'Giấy chứng sinh' }, provided: true }]);
    const purged = receiptOf(row(null, ''), queued);
    expect(purged).toMatchObject({ documents: [], documentsListed: 0, delivery: null });
  });
});
