import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../src-main/api/channels/catalog';
import { bundledCatalogJson } from './catalog-fixtures';

const catalog = Catalog.parse(bundledCatalogJson());
const byCode = new Map(catalog.procedures.map((p) => [p.code, p]));

describe("the bundled catalog's entries refreshed from their national records (assets/catalog/README.md)", () => {
  it('refreshes four certification entries from their 2026 records (363 list rows 279-282)', () => {
    // Signature certification: the old entry said the commune does not certify translators' signatures,
    // which 2.001008 and 2.000992 in this catalog contradict; its record (858/QĐ-BTP) says no such thing.
    const signature = byCode.get('2.000884');
    expect(signature?.conditions.some((c) => c.vi.includes('người dịch'))).toBe(false);
    expect(signature?.conditions.some((c) => c.vi.includes('Ngân hàng Chính sách xã hội'))).toBe(true);
    expect(signature?.fee?.items[0]?.amountVnd).toBe(10_000);
    expect(signature?.processingTime?.workingDays).toBe(1);
    expect(byCode.get('2.001008')?.level).toEqual(['commune']);
    // A certified copy of a certified transaction: the record's only paper is the identity paper.
    const copy = byCode.get('2.000942');
    expect(copy?.documents).toHaveLength(1);
    expect(copy?.fee?.items[0]?.amountVnd).toBe(2_000);
    expect(copy?.agency?.vi).toContain('đang lưu trữ');
    // Amending or cancelling a certified transaction: 1 working day (was 2), 30,000 VND, online on the portal.
    const amend = byCode.get('2.000913');
    expect(amend?.processingTime?.workingDays).toBe(1);
    expect(amend?.fee?.items[0]?.amountVnd).toBe(30_000);
    expect(amend?.submission.portal).toBe(true);
    expect(amend?.conditions.some((c) => c.vi.includes('hai người làm chứng'))).toBe(true);
    // Correcting an error in a certified transaction: the parties' written agreement, 1 working day, 25,000 VND.
    const fix = byCode.get('2.000927');
    expect(fix?.documents.some((d) => d.name.vi.startsWith('Văn bản thỏa thuận về việc sửa lỗi sai sót'))).toBe(true);
    expect(fix?.processingTime?.workingDays).toBe(1);
    expect(fix?.fee?.items[0]?.amountVnd).toBe(25_000);
    expect(fix?.submission.portal).toBe(true);
  });

  it('refreshes the core civil status and adoption entries from their own national records (2026.12.23)', () => {
    const refreshed = [
      '1.001193',
      '1.000656',
      '1.000894',
      '1.004873',
      '2.000635',
      '1.000689',
      '1.004884',
      '1.004746',
      '1.005461',
      '1.004837',
      '1.004859',
      '1.004772',
    ];
    for (const code of refreshed) {
      const p = byCode.get(code);
      // The Ministry of Justice's civil status records carry a placeholder decision: the portal page is cited.
      expect(p?.source?.title.vi, code).toContain(`trang thủ tục ${code}`);
      expect(p?.source?.url, code).toBe(`https://dichvucong.gov.vn/dich-vu-cong-truc-tuyen/${code}`);
      expect(p?.source?.title.vi, code).not.toContain('Hải Phòng');
      expect(
        p?.legalBasis.some((l) => l.vi.includes('120/2025/NĐ-CP')),
        code,
      ).toBe(true);
      expect(
        p?.legalBasis.some((l) => l.vi.includes('07/2025/NĐ-CP')),
        code,
      ).toBe(true);
      expect(
        p?.conditions.some((c) => c.vi.includes('bản sao có chứng thực các giấy tờ phải xuất trình')),
        code,
      ).toBe(true);
    }
    // No civil status or adoption entry cites a provincial list any more (1.000593: its own record too).
    const provincial = catalog.procedures.filter(
      (p) => (p.field === 'ho-tich' || p.field === 'nuoi-con-nuoi') && /Hải Phòng|haiphong/.test(`${p.source?.title.vi} ${p.source?.url}`),
    );
    expect(provincial.map((p) => p.code)).toEqual([]);
    expect(byCode.get('1.000593')?.source?.url).toBe('https://dichvucong.gov.vn/dich-vu-cong-truc-tuyen/1.000593');
    const adoption = byCode.get('2.001263');
    expect(adoption?.source?.title.vi).toContain('1848/QĐ-BTP ngày 22/6/2025');
    // Its record: the commune obtains the criminal record itself, so the certificate is no longer asked for.
    expect(adoption?.documents.some((d) => d.name.vi.includes('lý lịch tư pháp'))).toBe(false);
    expect(adoption?.conditions.some((c) => c.vi.includes('Không phải nộp Phiếu lý lịch tư pháp'))).toBe(true);
    expect(adoption?.fee?.items[0]?.amountVnd).toBe(400_000);
    expect(adoption?.submission.portal).toBe(true);
    // 8,000 VND per copy (Circular 281/2016/TT-BTC) wherever the record names the copy fee.
    for (const code of ['1.001193', '1.000656']) {
      expect(byCode.get(code)?.fee?.items.at(-1)?.amountVnd, code).toBe(8_000);
    }
    for (const code of ['1.000689', '1.004884', '1.005461']) {
      // One fee line besides the copies charged on request, so a provincial amount a technician
      // enters is still charged (feeDue); the copies are a line of their own (2026.12.26).
      const lines = byCode.get(code)?.fee?.items ?? [];
      expect(lines.filter((i) => !i.onRequest).length, code).toBe(1);
      expect(lines.find((i) => i.onRequest)?.amountVnd, code).toBe(8_000);
    }
    expect(byCode.get('1.000894')?.fee).toMatchObject({ free: true, note: { vi: expect.stringContaining('8.000 đồng') } });
    expect(byCode.get('2.000635')?.fee?.items[0]?.note?.vi).toContain('281/2016/TT-BTC');
    // Times the records give (1.000689 had none; re-registrations had none).
    expect(byCode.get('1.000689')?.processingTime?.workingDays).toBe(8);
    for (const code of ['1.004884', '1.004746', '1.005461']) expect(byCode.get(code)?.processingTime?.workingDays, code).toBe(5);
    // Marital status: the papers of an ended marriage are looked up from their details, not copied.
    const status = byCode.get('1.004873');
    expect(status?.documents[1]?.copies).toBe(0);
    expect(status?.documents[1]?.note?.vi).toContain('cơ quan đăng ký tự tra cứu');
    expect(status?.agency?.vi).toContain('thường trú hoặc tạm trú');
    // Marriage: no certificate of marital status; the office looks it up.
    expect(byCode.get('1.000894')?.conditions.some((c) => c.vi.startsWith('Không phải nộp Giấy xác nhận tình trạng hôn nhân'))).toBe(true);
  });
});
