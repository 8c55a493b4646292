import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../src-main/api/channels/catalog';
import { DEFAULT_SERVICES } from '../../../src-main/core/tickets/default-services';
import { bundledCatalogJson } from './catalog-fixtures';

const catalog = Catalog.parse(bundledCatalogJson());
const byCode = new Map(catalog.procedures.map((p) => [p.code, p]));

/**
 * Procedures not yet found in an official publication this catalog could read; each names the
 * publication once one is found (the list only shrinks: a test checks these still lack one).
 * Empty since 2026.12.3: the last nine were found (assets/catalog/README.md, "Sources").
 */
const AWAITING_SOURCE: readonly string[] = [];

/** The publishing decision a national record names, where the catalog cites it (README, "Sources"). */
const PUBLISHING_DECISION: Record<string, string> = {
  '2.000927': '858/QĐ-BTP',
  '2.001019': '858/QĐ-BTP',
  '2.000908': '858/QĐ-BTP',
  '1.001653': '970/QĐ-BYT',
  '1.001699': '970/QĐ-BYT',
  '2.001016': '858/QĐ-BTP',
  '2.001008': '858/QĐ-BTP',
  '2.000992': '3152/QĐ-BTP',
  '2.000286': '970/QĐ-BYT',
  '1.010803': '556/QĐ-BNV',
  '1.014028': '2180/QĐ-BYT',
  '1.010824': '320/QĐ-BNV',
  '1.010833': '320/QĐ-BNV',
  '1.013225': '1077/QĐ-BXD',
  '1.001622': '985/QĐ-BGDĐT',
  '1.010829': '320/QĐ-BNV',
  '1.010830': '320/QĐ-BNV',
  '2.001960': '683/QĐ-BGDĐT',
  '1.010825': '320/QĐ-BNV',
  '1.010816': '556/QĐ-BNV',
  '1.010805': '556/QĐ-BNV',
  '1.010804': '556/QĐ-BNV',
  '1.010811': '556/QĐ-BNV',
  '1.010812': '556/QĐ-BNV',
  '1.010814': '556/QĐ-BNV',
  '1.010817': '556/QĐ-BNV',
  '1.010820': '556/QĐ-BNV',
  '1.010821': '320/QĐ-BNV',
  '1.014035': '1995/QĐ-BTC',
  '1.001612': '1995/QĐ-BTC',
  '2.000720': '1995/QĐ-BTC',
  '1.001570': '1995/QĐ-BTC',
  '1.001266': '1995/QĐ-BTC',
  '2.000575': '1995/QĐ-BTC',
  '2.000794': '109/QĐ-BVHTTDL',
  '2.002516': '163/QĐ-BTP',
  '2.000884': '858/QĐ-BTP',
  '2.000942': '858/QĐ-BTP',
  '2.000913': '858/QĐ-BTP',
  '3.000322': '163/QĐ-BTP',
  '3.000323': '163/QĐ-BTP',
  '2.002363': '1848/QĐ-BTP',
  '1.001776': '970/QĐ-BYT',
  '1.001731': '970/QĐ-BYT',
  '1.014027': '2180/QĐ-BYT',
  '1.010810': '556/QĐ-BNV',
  '1.010815': '556/QĐ-BNV',
  '1.010818': '556/QĐ-BNV',
  '1.010819': '556/QĐ-BNV',
  '1.004941': '1095/QĐ-BYT',
  '1.004944': '1095/QĐ-BYT',
  '1.004964': '547/QĐ-LĐTBXH',
  '1.001257': '320/QĐ-BNV',
  '1.013750': '639/QĐ-BNV',
  '1.013749': '639/QĐ-BNV',
  '1.013226': '1077/QĐ-BXD',
  '1.013227': '1077/QĐ-BXD',
  '1.013228': '1077/QĐ-BXD',
  '1.013229': '1077/QĐ-BXD',
  '1.013232': '1077/QĐ-BXD',
  '1.014159': '898/QĐ-BXD',
  '1.013744': '639/QĐ-BNV',
  '1.013745': '639/QĐ-BNV',
  '1.010777': '556/QĐ-BNV',
  '1.010778': '556/QĐ-BNV',
  '1.010781': '556/QĐ-BNV',
  '1.010783': '556/QĐ-BNV',
  '1.010775': '556/QĐ-BNV',
  '2.001661': '2179/QĐ-BYT',
  '2.002307': '547/QĐ-LĐTBXH',
  '2.002308': '547/QĐ-LĐTBXH',
  '2.001157': '320/QĐ-BNV',
  '2.001396': '320/QĐ-BNV',
  '1.014310': '3101/QĐ-BVHTTDL',
  '1.014359': '1136/QĐ-BNV',
  '2.002770': '951/QĐ-BGDĐT',
  '2.002771': '951/QĐ-BGDĐT',
  '1.014149': '821/QĐ-BNV',
  '1.014150': '821/QĐ-BNV',
  '1.014680': '77/QĐ-BNV',
};

describe('the bundled catalog tells the truth the queues rely on', () => {
  it('gives every field of every default queue procedures, not just the queue', () => {
    for (const service of DEFAULT_SERVICES) {
      for (const field of service.fields) {
        expect(catalog.procedures.filter((p) => p.field === field).length, `${service.id}: ${field}`).toBeGreaterThan(0);
      }
    }
  });

  it('draws each field tile with its own icon, so a citizen who reads slowly tells them apart', () => {
    const icons = catalog.fields.map((f) => f.icon);
    expect(new Set(icons).size).toBe(icons.length);
  });

  it('writes each paper condition without the word the checklist prints before it ("Khi:", "When:")', () => {
    const doubled = catalog.procedures.flatMap((p) =>
      p.documents
        .map((d) => d.condition)
        .filter((c) => c !== undefined && (/^khi\s/i.test(c.vi) || /^(when|if)\s/i.test(c.en ?? '')))
        .map((c) => `${p.code}: ${c?.vi} / ${c?.en}`),
    );
    expect(doubled).toEqual([]);
  });

  it('backs what each queue tile advertises with procedures of its fields', () => {
    const advertised: Record<string, readonly string[]> = {
      // A word of the tile's hint → a procedure of the queue's fields whose name holds it.
      land: ['Giấy chứng nhận', 'chuyển mục đích', 'tranh chấp đất đai', 'giấy phép xây dựng'],
      social: ['trợ cấp xã hội', 'mai táng', 'khuyết tật', 'hộ nghèo', 'liệt sĩ', 'tín ngưỡng'],
    };
    for (const [id, words] of Object.entries(advertised)) {
      const service = DEFAULT_SERVICES.find((s) => s.id === id);
      const names = catalog.procedures.filter((p) => service?.fields.includes(p.field)).map((p) => p.name.vi.toLowerCase());
      for (const w of words)
        expect(
          names.some((n) => n.includes(w.toLowerCase())),
          `${id}: ${w}`,
        ).toBe(true);
    }
  });

  it('fills the national residence fees of Circular 75/2022/TT-BTC, in person and online', () => {
    const expected: Record<string, [number, number]> = {
      '1.004222': [20_000, 10_000], // permanent residence
      '1.004194': [15_000, 7_000], // temporary residence
      '1.002755': [15_000, 7_000], // extension of temporary residence
      '1.010038': [10_000, 5_000], // household separation
    };
    for (const [code, amounts] of Object.entries(expected)) {
      const fee = byCode.get(code)?.fee;
      expect(
        fee?.items.map((i) => i.amountVnd),
        code,
      ).toEqual(amounts);
      expect(fee?.note?.vi, code).toContain('75/2022/TT-BTC');
    }
  });

  it('names a legal basis wherever it states a fee amount', () => {
    for (const p of catalog.procedures) {
      if (p.fee?.items.some((i) => i.amountVnd !== undefined && i.amountVnd > 0)) expect(p.legalBasis.length, p.code).toBeGreaterThan(0);
    }
  });

  it('names the publication every procedure was checked against', () => {
    for (const p of catalog.procedures) {
      if (AWAITING_SOURCE.includes(p.code)) expect(p.source, `${p.code} has a source now: take it off the list`).toBeUndefined();
      else expect(p.source?.title.vi, p.code).toBeTruthy();
    }
    expect(AWAITING_SOURCE.length).toBe(0);
  });

  it('cites the ministry decision that published a procedure where the national record names one', () => {
    for (const [code, decision] of Object.entries(PUBLISHING_DECISION)) {
      expect(byCode.get(code)?.source?.title.vi, code).toContain(decision);
      expect(byCode.get(code)?.source?.url, code).toBe(`https://dichvucong.gov.vn/dich-vu-cong-truc-tuyen/${code}`);
    }
  });

  it('fills the national certification fee of Circular 226/2016/TT-BTC for the refusal of an inheritance', () => {
    expect(byCode.get('2.001016')?.fee?.items.map((i) => i.amountVnd)).toEqual([50_000]);
  });

  it('takes the one working day of Decree 280/2025/ND-CP for wills and refusals of an inheritance', () => {
    for (const code of ['2.001016', '2.001019']) {
      expect(byCode.get(code)?.processingTime?.workingDays, code).toBe(1);
      expect(
        byCode.get(code)?.legalBasis.some((l) => l.vi.includes('280/2025/NĐ-CP')),
        code,
      ).toBe(true);
    }
  });

  it('marks procedures known only by their listing, so screens never say "no papers" for them', () => {
    for (const p of catalog.procedures.filter((q) => !q.detailsKnown)) {
      expect(p.documents, p.code).toEqual([]);
      expect(p.fee, p.code).toBeUndefined();
      expect(p.processingTime, p.code).toBeUndefined();
      expect(p.formFields, p.code).toEqual([]);
    }
  });

  it('keeps listing-only exactly the procedures no publication read here details (README, "Filled … 2026.12.8")', () => {
    const noRecord = [
      '1.010040', // residence declaration
      '1.011606', // poor and near-poor households
      '1.011609', // households with an average living standard
      '1.013822', // funeral support for artisans
      '2.000424', // support for an injured mediator
    ];
    expect(
      catalog.procedures
        .filter((p) => !p.detailsKnown)
        .map((p) => p.code)
        .sort(),
    ).toEqual(noRecord);
  });

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
      expect(byCode.get(code)?.fee?.note?.vi, code).toContain('8.000 đồng mỗi bản');
      // One fee line, so a provincial amount a technician enters is still charged (feeDue).
      expect(byCode.get(code)?.fee?.items.length, code).toBe(1);
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

  it('uses local codes only where no national code was found', () => {
    const local = catalog.procedures.filter((p) => p.codeKind === 'local').map((p) => p.code);
    expect(local).toEqual(['9.000006']);
    // Group religious practice (local 9.000005 until 2026.12.16) now carries its national record's code.
    expect(byCode.get('1.012590')?.name.vi).toBe('Đăng ký sinh hoạt tôn giáo tập trung');
    // Belief activities carry the code of their 2025 national record (2.000509, from provincial portals, until 2026.12.16).
    expect(byCode.get('1.012592')?.name.vi).toBe('Đăng ký hoạt động tín ngưỡng');
    expect(byCode.get('1.012592')?.conditions[0]?.vi).toContain('30 ngày trước ngày cơ sở tín ngưỡng bắt đầu');
  });

  it('tells where the things people most often ask for are done when this center does not do them', () => {
    const places = new Map(catalog.elsewhere.map((e) => [e.id, e.place.vi]));
    expect(places.get('ho-chieu')).toContain('Phòng Quản lý xuất nhập cảnh');
    expect(places.get('can-cuoc')).toContain('Công an xã, phường');
    expect(places.get('bao-hiem-y-te')).toContain('Bảo hiểm xã hội');
    expect(places.get('so-do')).toContain('Chi nhánh Văn phòng đăng ký đất đai');
    // School transfers moved to the receiving school in 2026 (2.002854, 363 rows 32–33).
    expect(places.get('chuyen-truong')).toContain('Trường nơi học sinh chuyển đến');
    for (const e of catalog.elsewhere) expect(e.source.title.vi, e.id).toBeTruthy();
  });
});
