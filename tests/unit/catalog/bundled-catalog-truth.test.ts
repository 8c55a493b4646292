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

  it('writes the copy fees of Circular 281/2016/TT-BTC as lines charged on request, never in a note of a fee that is charged', () => {
    const copyLines = catalog.procedures.flatMap((p) => (p.fee?.items ?? []).filter((i) => i.label.vi.includes('(nếu có yêu cầu)')));
    expect(copyLines.length).toBeGreaterThanOrEqual(26);
    for (const line of copyLines) expect(line).toMatchObject({ amountVnd: 8_000, perUnit: true, onRequest: true });
    // A free registration keeps them in its note: "free" is the registration's, the copies are asked for apart.
    for (const p of catalog.procedures.filter((q) => q.fee && !q.fee.free)) expect(p.fee?.note?.vi ?? '', p.code).not.toContain('mỗi bản');
    // Birth re-registration: one provincial fee, so a QR may ask for it once the province's amount is entered.
    expect(byCode.get('1.004884')?.fee?.items.map((i) => [i.amountVnd, i.onRequest])).toEqual([
      [undefined, undefined],
      [8_000, true],
    ]);
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
