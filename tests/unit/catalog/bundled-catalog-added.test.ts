import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../src-main/api/channels/catalog';
import { DEFAULT_SERVICES } from '../../../src-main/core/tickets/default-services';
import { bundledCatalogJson } from './catalog-fixtures';

const catalog = Catalog.parse(bundledCatalogJson());
const byCode = new Map(catalog.procedures.map((p) => [p.code, p]));

describe("the bundled catalog's procedures added from their national records (assets/catalog/README.md)", () => {
  it('gives the building permit desk its permit, from the national record of 1.013225', () => {
    const permit = byCode.get('1.013225');
    expect(permit?.field).toBe('xay-dung');
    expect(permit?.level).toEqual(['commune']);
    // 7 working days for a household's house, 10 for other works: no single number.
    expect(permit?.processingTime?.text.vi).toContain('07 ngày làm việc đối với nhà ở riêng lẻ');
    expect(permit?.processingTime?.workingDays).toBeUndefined();
    expect(permit?.fee?.items[0]?.note?.vi).toContain('Hội đồng nhân dân cấp tỉnh');
    expect(permit?.submission.portal).toBe(true);
    expect(permit?.forms.map((f) => f.code)).toEqual(['Mẫu số 01']);
    expect(permit?.legalBasis.map((l) => l.vi).join(' ')).toContain('217/2026/NĐ-CP');
  });

  it('adds the grassroots sports club from its national record, in a culture field the social desk serves', () => {
    const club = byCode.get('2.000794');
    expect(club?.field).toBe('van-hoa');
    expect(club?.processingTime?.workingDays).toBe(5);
    expect(club?.fee?.free).toBe(true);
    expect(club?.forms.map((f) => f.code)).toEqual(['Mẫu số 01', 'Mẫu số 02']);
    expect(DEFAULT_SERVICES.find((s) => s.fields.includes('van-hoa'))?.id).toBe('social');
  });

  it('adds the no-contact order and its cancellation from their national records, with the safety line first', () => {
    for (const code of ['1.012084', '1.012085']) {
      const order = byCode.get(code);
      expect(order?.field, code).toBe('gia-dinh');
      // The record gives 12 hours, not days: no working-day count.
      expect(order?.processingTime?.text.vi, code).toContain('12 giờ');
      expect(order?.processingTime?.workingDays, code).toBeUndefined();
      expect(order?.fee?.free, code).toBe(true);
      // The safety line is the first thing the page shows, in its own box above the summary, and read first.
      expect(order?.safety?.vi, code).toBe('Nếu bạn đang gặp nguy hiểm, hãy gọi ngay 113 (Công an).');
      expect(order?.safety?.en, code).toBe('If you are in danger, call 113 (police) now.');
      expect(order?.source?.title.vi, code).toContain('3657/QĐ-BVHTTDL');
    }
    expect(byCode.get('1.012084')?.forms.map((f) => f.code)).toEqual(['Mẫu số 06']);
    expect(byCode.get('1.012085')?.forms.map((f) => f.code)).toEqual(['Mẫu số 10']);
    expect(DEFAULT_SERVICES.find((s) => s.fields.includes('gia-dinh'))?.id).toBe('social');
  });

  it('adds the religious practice group changes a representative files at the commune, from their 2025–2026 records', () => {
    expect(byCode.get('1.012585')?.processingTime?.text.vi).toContain('15 ngày');
    for (const code of ['1.012582', '1.012584']) {
      const move = byCode.get(code);
      expect(move?.field, code).toBe('tin-nguong-ton-giao');
      expect(move?.processingTime?.text.vi, code).toContain('20 ngày');
      // Calendar days in the record, not working days.
      expect(move?.processingTime?.workingDays, code).toBeUndefined();
      expect(move?.source?.title.vi, code).toContain('363/QĐ-BDTTG');
      expect(
        move?.forms.map((f) => f.code),
        code,
      ).toEqual(['Mẫu B7']);
    }
    // Moving to another commune also needs the first commune's approval.
    expect(byCode.get('1.012582')?.documents.length).toBe(4);
    expect(byCode.get('1.012584')?.documents.length).toBe(3);
  });

  it('adds the mediator fee from the national portal page, filed by the mediation team head at the commune', () => {
    const fee = byCode.get('2.002080');
    expect(fee?.field).toBe('hoa-giai-co-so');
    expect(fee?.processingTime?.workingDays).toBe(5);
    expect(fee?.submission.channels).toEqual(['direct']);
    expect(fee?.submission.portal).toBeUndefined();
    // The amount per case is set locally: the entry names no sum.
    expect(fee?.fee?.items).toEqual([]);
    expect(DEFAULT_SERVICES.find((s) => s.fields.includes('hoa-giai-co-so'))?.id).toBe('civil-status');
  });

  it('adds the bottled LPG shop certificate from the trade ministry page, in a trade field the business desk serves', () => {
    const lpg = byCode.get('2.001283');
    expect(lpg?.field).toBe('thuong-mai');
    expect(lpg?.agency?.vi).toBe('Ủy ban nhân dân cấp xã');
    expect(lpg?.processingTime?.workingDays).toBe(15);
    // The page lists no fee, so the screen says to ask.
    expect(lpg?.fee).toBeUndefined();
    expect(lpg?.source?.url).toContain('dichvucong.moit.gov.vn');
    expect(DEFAULT_SERVICES.find((s) => s.fields.includes('thuong-mai'))?.id).toBe('business');
  });

  it('adds lunch support for kindergarten children from its national record, filed at the school', () => {
    const lunch = byCode.get('1.001622');
    expect(lunch?.field).toBe('giao-duc');
    expect(lunch?.processingTime?.workingDays).toBe(24);
    expect(lunch?.fee?.free).toBe(true);
    expect(lunch?.agency?.vi).toContain('Cơ sở giáo dục mầm non');
    // One paper per group of children the support is for, each with its condition.
    expect(lunch?.documents.every((d) => d.condition !== undefined)).toBe(true);
    expect(DEFAULT_SERVICES.find((s) => s.fields.includes('giao-duc'))?.id).toBe('social');
  });

  it('fills the commune land procedures from Decision 2304/QD-BNNMT, with the fees each province sets', () => {
    // Read in 2026.12.8 from Dong Nai's list of land procedures updated under that decision.
    const land: Record<string, { time?: number; fee?: 'free' | 'province' }> = {
      '1.012796': { time: 8, fee: 'province' }, // correcting a first certificate
      '1.012817': { fee: 'province' }, // redetermining residential land (20 or 30 working days)
      '1.012818': { fee: 'province' }, // revoking a wrongly issued certificate (25 + 20 working days)
      '1.013949': { fee: 'province' }, // allocation, lease, change of use (15 or 25 days)
      '1.013950': { fee: 'province' }, // changing the form of allocation or lease
      '1.013952': { fee: 'province' }, // adjusting a decision when its grounds change
      '1.013953': { fee: 'province' }, // adjusting a decision for errors
      '1.013965': { fee: 'free' }, // multi-purpose use (the list gives no fee)
      '1.013967': {}, // land disputes (45 or 60 days; the list names no amount)
      '1.013978': { fee: 'province' }, // first registration and certificate (17 to 30 working days)
      '1.013979': { time: 10 }, // donating land-use rights (the list names no amount)
      // Read in 2026.12.15 from the same list.
      '1.013962': { fee: 'province' }, // residential land without auction (35 working days, or 45 days)
    };
    for (const [code, want] of Object.entries(land)) {
      const p = byCode.get(code);
      expect(p?.field, code).toBe('dat-dai');
      expect(p?.detailsKnown, code).toBe(true);
      expect(p?.documents.length, code).toBeGreaterThan(0);
      expect(p?.processingTime?.text.vi, code).toBeTruthy();
      expect(p?.processingTime?.workingDays, code).toBe(want.time);
      if (want.fee === 'free') expect(p?.fee?.free, code).toBe(true);
      else if (want.fee === 'province') expect(p?.fee?.items[0]?.note?.vi, code).toContain('Hội đồng nhân dân cấp tỉnh');
      else expect(p?.fee, `${code}: no amount in the list, so the screen says to ask`).toBeUndefined();
      expect(p?.source?.title.vi, code).toContain('Quyết định số 2304/QĐ-BNNMT ngày 23/6/2025');
      expect(
        p?.legalBasis.some((l) => l.vi.includes('151/2025/NĐ-CP')),
        code,
      ).toBe(true);
    }
  });

  it('fills listing-only procedures from their national portal records, naming the record', () => {
    // Read from the portal's records in 2026.12.4 (assets/catalog/README.md, "Filled from the records").
    const filled: Record<string, { time?: number; fee?: 'free' | 'province' | number }> = {
      '1.000419': { time: 5, fee: 'free' }, // mobile death registration
      '1.003583': { time: 5, fee: 'free' }, // mobile birth registration
      '2.000806': { fee: 'province' }, // marriage with a foreign element (5 or 10 working days)
      '2.000513': { fee: 'province' }, // re-registration of a marriage with a foreign element (5 or 25 days)
      '2.000528': { time: 1, fee: 'province' }, // birth registration with a foreign element
      '2.000992': { time: 1, fee: 10_000 }, // translator's signature, registered collaborator
      '2.001008': { fee: 10_000 }, // translator's signature, own translation (the record gives no time)
      '1.010803': { time: 10, fee: 'free' }, // martyr's worship allowance
      '2.000286': {}, // admission to a social assistance facility (10 or 15 working days; the record lists no fee)
      // Read in 2026.12.7.
      '1.014028': { time: 3, fee: 'free' }, // funeral support, social pension
      '1.010824': { fee: 'free' }, // allowances on the death of a person with merit (19 or 24 days)
      '1.010833': { time: 5, fee: 'free' }, // certificate of a relative of a person with merit
      // Added in 2026.12.8.
      '1.010829': { fee: 'free' }, // moving a martyr's remains (10 or 11 working days)
      '1.010830': { fee: 'free' }, // moving remains into a martyrs' cemetery (8 or 9 working days)
      '2.002189': { time: 5, fee: 'province' }, // recording a marriage registered abroad
      // Added in 2026.12.9 (civil status with a foreign element).
      '2.000522': { fee: 'province' }, // re-registration of a birth with a foreign element (5 or 25 days)
      '2.000547': { fee: 'province' }, // other civil status events settled abroad (1 or 3 working days)
      '2.000554': { fee: 'province' }, // divorce or annulment settled abroad (5 or 8 working days)
      '2.000748': { fee: 'province' }, // change or correction with a foreign element (1 or 6 working days)
      '2.000756': { time: 2, fee: 'province' }, // end of a guardianship with a foreign element
      '2.000779': { fee: 'province' }, // recognition of a parent or child with a foreign element (10 days)
      '1.000893': { fee: 'province' }, // birth with a foreign element, person with papers (5 or 25 working days)
      '1.001669': { time: 5, fee: 'province' }, // guardianship with a foreign element
      '1.001695': { fee: 'province' }, // birth with recognition of a parent, foreign element (10 days)
      // Added in 2026.12.10 (other fields than civil status).
      '2.001960': { fee: 'free' }, // boarding policy, private vocational schools (3 working days to check; paid twice a year)
      '1.010825': { fee: 'free' }, // adding a relative to a martyr's file (17 days: commune 5 working days, province 12)
      '1.010816': { fee: 'free' }, // toxic chemicals (34, 60 or 10 working days by case)
      '1.010805': { time: 8, fee: 'free' }, // heroes of the resistance period
      '1.010804': { time: 10, fee: 'free' }, // Vietnamese Heroic Mothers
      '1.010811': { fee: 'free' }, // money for mobility aids (25 working days the first time, 7 after)
      '1.010812': { time: 10, fee: 'free' }, // admission to a provincial care facility
      '1.010814': { time: 15, fee: 'free' }, // replacement certificate of a person with merit or a martyr's relative
      '1.010817': { time: 32, fee: 'free' }, // children of people exposed to toxic chemicals
      '1.010820': { time: 12, fee: 'free' }, // people who helped the revolution
      '1.010821': { fee: 'free' }, // education support (15 working days, or 24 days when the army or police keeps the file)
      '1.014035': { time: 2, fee: 'province' }, // withdrawing a household business registration
      // Added in 2026.12.12 (education).
      '1.003702': { fee: 'free' }, // learning support, very small ethnic minorities (10 or 40 working days by school)
      '1.014337': { fee: 'free' }, // learning-cost support at private schools (the school lists in 10 working days)
      '1.014335': { fee: 'free' }, // tuition exemption at private vocational schools and universities
      '1.008950': { time: 24, fee: 'free' }, // allowance for kindergarten children of industrial-zone workers
    };
    for (const [code, want] of Object.entries(filled)) {
      const p = byCode.get(code);
      expect(p?.detailsKnown, code).toBe(true);
      expect(p?.documents.length, code).toBeGreaterThan(0);
      expect(p?.processingTime?.workingDays, code).toBe(want.time);
      if (want.fee === 'free') expect(p?.fee?.free, code).toBe(true);
      else if (want.fee === 'province') expect(p?.fee?.items[0]?.note?.vi, code).toContain('Hội đồng nhân dân cấp tỉnh');
      else if (want.fee !== undefined) expect(p?.fee?.items[0]?.amountVnd, code).toBe(want.fee);
      else expect(p?.fee, `${code}: no fee in its record, so the screen says to ask`).toBeUndefined();
      expect(p?.source?.url, code).toBe(`https://dichvucong.gov.vn/dich-vu-cong-truc-tuyen/${code}`);
    }
  });

  it('adds the 2026.12.18 procedures from their national records, each citing its decision or portal page', () => {
    const added: Record<string, { field: string; time?: number; fee: 'free' | 'province' | number; cites: string }> = {
      '1.014034': { field: 'ho-kinh-doanh', fee: 'province', cites: '1995/QĐ-BTC' }, // 1 or 2 working days by case
      '2.001255': { field: 'nuoi-con-nuoi', time: 5, fee: 'free', cites: '1848/QĐ-BTP' },
      '1.013734': { field: 'lao-dong', time: 5, fee: 'free', cites: '641/QĐ-BNV' },
      '2.002821': { field: 'lao-dong', time: 7, fee: 'free', cites: '1561/QĐ-BNV' },
      '1.001766': { field: 'ho-tich', fee: 'province', cites: 'trang thủ tục 1.001766' }, // "1; 3 working days"
      '2.000815': { field: 'chung-thuc', time: 1, fee: 2_000, cites: '3152/QĐ-BTP' },
      '2.001406': { field: 'chung-thuc', time: 1, fee: 50_000, cites: '858/QĐ-BTP' },
      // The four civil status procedures of border communes (not on Ho Chi Minh City's list, which has no land border).
      '1.000080': { field: 'ho-tich', fee: 'province', cites: 'trang thủ tục 1.000080' }, // "7; 12 working days"
      '1.000094': { field: 'ho-tich', fee: 'province', cites: 'trang thủ tục 1.000094' }, // "3; 8 working days"
      '1.000110': { field: 'ho-tich', time: 1, fee: 'province', cites: 'trang thủ tục 1.000110' },
      '1.004827': { field: 'ho-tich', fee: 'province', cites: 'trang thủ tục 1.004827' }, // "1; 3 working days"
    };
    for (const [code, want] of Object.entries(added)) {
      const p = byCode.get(code);
      expect(p?.field, code).toBe(want.field);
      expect(p?.level, code).toEqual(['commune']);
      expect(p?.documents.length, code).toBeGreaterThan(0);
      expect(p?.processingTime?.text.vi, code).toBeTruthy();
      expect(p?.processingTime?.workingDays, code).toBe(want.time);
      if (want.fee === 'free') expect(p?.fee?.free, code).toBe(true);
      else if (want.fee === 'province') expect(p?.fee?.items[0]?.note?.vi, code).toContain('Hội đồng nhân dân cấp tỉnh');
      else expect(p?.fee?.items[0]?.amountVnd, code).toBe(want.fee);
      expect(p?.source?.title.vi, code).toContain(want.cites);
      expect(p?.source?.url, code).toBe(`https://dichvucong.gov.vn/dich-vu-cong-truc-tuyen/${code}`);
    }
    // Support for workers going abroad: commune and province, the authority of Article 4 of Decree 338/2025/ND-CP.
    const abroad = byCode.get('2.002820');
    expect(abroad?.level).toEqual(['commune', 'province']);
    expect(abroad?.processingTime?.workingDays).toBe(7);
    expect(abroad?.fee?.free).toBe(true);
    expect(abroad?.source?.title.vi).toContain('1561/QĐ-BNV');
    // Copies of papers issued abroad are certified at the commune too, once legalised (item 278).
    expect(byCode.get('2.000815')?.name.vi).toContain('cơ quan, tổ chức có thẩm quyền của nước ngoài');
    expect(byCode.get('2.000815')?.conditions.some((c) => c.vi.includes('hợp pháp hóa lãnh sự'))).toBe(true);
    // The labour field has procedures and a queue: the labour and social desk.
    expect(DEFAULT_SERVICES.find((s) => s.fields.includes('lao-dong'))?.id).toBe('social');
  });

  it('adds the 2026.12.21 procedures from their national records: semi-boarding support, the Heroic Mother title, the Youth Volunteer medal', () => {
    // Semi-boarding money and rice support (363 rows 60, 61): filed at the school, which the agency line says.
    for (const code of ['2.002770', '2.002771']) {
      const p = byCode.get(code);
      expect(p?.field, code).toBe('giao-duc');
      expect(p?.agency?.vi, code).toMatch(/^(Trường|Cơ sở giáo dục mầm non)/);
      expect(p?.fee?.free, code).toBe(true);
      expect(p?.submission.portal, code).toBe(true);
      expect(
        p?.legalBasis.some((b) => b.vi.includes('66/2025/NĐ-CP')),
        code,
      ).toBe(true);
    }
    expect(byCode.get('2.002770')?.processingTime?.workingDays).toBe(7);
    // The record of 2.002771 stops at the school accepting the file, so no single time and the steps say to ask.
    expect(byCode.get('2.002771')?.processingTime?.workingDays).toBeUndefined();
    expect(byCode.get('2.002771')?.steps.at(-1)?.vi).toContain('hỏi nhà trường');
    // The Heroic Mother title, in life and posthumously (363 rows 143, 144): filed at the commune, decided by the President.
    for (const code of ['1.014149', '1.014150']) {
      const p = byCode.get(code);
      expect(p?.field, code).toBe('nguoi-co-cong');
      expect(p?.level, code).toEqual(['commune', 'province', 'central']);
      expect(p?.processingTime?.workingDays, code).toBeUndefined();
      expect(p?.processingTime?.text.vi, code).toContain('35 ngày làm việc');
      expect(p?.conditions.length, code).toBe(3);
    }
    // Only the record of 1.014149 lists online filing.
    expect(byCode.get('1.014149')?.submission.portal).toBe(true);
    expect(byCode.get('1.014150')?.submission.portal).toBeUndefined();
    expect(byCode.get('1.014149')?.forms[0]?.name.vi).toContain('Mẫu số 01/BMVNAH');
    expect(byCode.get('1.014150')?.forms[0]?.name.vi).toContain('Mẫu số 02/BMVNAH');
    // The Youth Volunteer medal (row 142): filed at the commune of residence; the record times only the ministry's part.
    const medal = byCode.get('1.014680');
    expect(medal?.field).toBe('nguoi-co-cong');
    expect(medal?.level).toEqual(['commune', 'province', 'central']);
    expect(medal?.processingTime?.workingDays).toBeUndefined();
    expect(medal?.processingTime?.text.vi).toContain('hãy hỏi cán bộ');
    expect(medal?.submission.portal).toBe(true);
    expect(medal?.documents.map((d) => d.name.vi).join(' ')).toContain('Quyết định số 01/2026/QĐ-TTg');
  });

  it('adds the 2026.12.22 procedures from their national records and refreshes 1.001699 (363 list rows 259, 260, 339, 340)', () => {
    // Supervision of a guardianship and its end: Quyết định số 163/QĐ-BTP, commune level, 3 working days.
    for (const code of ['3.000323', '3.000322']) {
      const p = byCode.get(code);
      expect(p?.field, code).toBe('ho-tich');
      expect(p?.level, code).toEqual(['commune']);
      expect(p?.processingTime?.workingDays, code).toBe(3);
      expect(p?.fee?.items[0]?.note?.vi, code).toContain('Hội đồng nhân dân cấp tỉnh');
      expect(p?.fee?.items[1]?.amountVnd, code).toBe(8_000);
      expect(p?.submission.portal, code).toBe(true);
      expect(
        p?.documents.some((d) => d.name.vi.includes('Bộ luật Dân sự')),
        code,
      ).toBe(true);
      expect(p?.source?.title.vi, code).toContain('163/QĐ-BTP');
      expect(p?.source?.url, code).toBe(`https://dichvucong.gov.vn/dich-vu-cong-truc-tuyen/${code}`);
    }
    expect(byCode.get('3.000323')?.agency?.vi).toContain('nơi cư trú của người được giám hộ');
    expect(byCode.get('3.000322')?.agency?.vi).toContain('đã đăng ký giám sát việc giám hộ');
    // 1.001699 (row 339) refreshed from its record (Quyết định số 970/QĐ-BYT): the two cases' papers, the
    // medical assessment council's pre-2012 conclusion, and the form as amended in 2023; its kiosk form is unchanged.
    const disability = byCode.get('1.001699');
    expect(disability?.source?.title.vi).toContain('970/QĐ-BYT');
    expect(disability?.documents.some((d) => d.condition?.vi.includes('01/6/2012'))).toBe(true);
    expect(disability?.documents[0]?.name.vi).toContain('08/2023/TT-BLĐTBXH');
    expect(disability?.processingTime?.workingDays).toBe(25);
    // 1.001653 (row 340): its record gives 5 working days and the application as the only paper, so the
    // old certificate is no longer asked for; it lists no charge, and the entry keeps saying no fee.
    const exchange = byCode.get('1.001653');
    expect(exchange?.processingTime?.workingDays).toBe(5);
    expect(exchange?.documents.map((d) => d.name.vi)).toEqual([expect.stringContaining('Mẫu số 01')]);
    expect(exchange?.fee?.free).toBe(true);
    expect(exchange?.conditions.some((c) => c.vi.includes('1.001699'))).toBe(true);
    expect(disability?.formFields.map((f) => f.id)).toEqual([
      'personName',
      'personBirthDate',
      'disabilityKind',
      'requesterName',
      'requesterIdNumber',
      'requesterPhone',
      'requesterAddress',
    ]);
  });
});
