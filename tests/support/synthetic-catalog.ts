import type { CatalogInput, ProcedureInput } from '../../src-main/api/channels/catalog';

/**
 * Synthetic catalogs of any size for benchmarks and load tests (`npm run catalog:gen`). Names are
 * built the way real procedure names are (action + object + qualifier) from real Vietnamese
 * vocabulary, so the index sees realistic words, lengths and repetition. Deterministic per seed.
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELDS: readonly [string, string, string][] = [
  ['ho-tich', 'Hộ tịch', 'Civil status'],
  ['chung-thuc', 'Chứng thực', 'Certification'],
  ['cu-tru', 'Cư trú', 'Residence'],
  ['dat-dai', 'Đất đai', 'Land'],
  ['ho-kinh-doanh', 'Hộ kinh doanh', 'Household business'],
  ['bao-tro-xa-hoi', 'Bảo trợ xã hội', 'Social protection'],
  ['nguoi-co-cong', 'Người có công', 'Persons with meritorious services'],
  ['xay-dung', 'Xây dựng', 'Construction'],
  ['giao-duc', 'Giáo dục và đào tạo', 'Education'],
  ['y-te', 'Y tế', 'Health'],
  ['nong-nghiep', 'Nông nghiệp', 'Agriculture'],
  ['van-hoa', 'Văn hóa, thể thao', 'Culture and sport'],
  ['moi-truong', 'Tài nguyên và môi trường', 'Natural resources and environment'],
  ['lao-dong', 'Lao động, việc làm', 'Labour and employment'],
];

const ACTIONS = [
  'Đăng ký',
  'Cấp',
  'Cấp lại',
  'Cấp đổi',
  'Điều chỉnh',
  'Gia hạn',
  'Xác nhận',
  'Thay đổi',
  'Chứng thực',
  'Hỗ trợ',
  'Giải quyết',
  'Công nhận',
  'Thu hồi',
  'Xóa đăng ký',
  'Thẩm định',
  'Phê duyệt',
  'Tạm ngừng',
  'Chấm dứt',
];

const OBJECTS = [
  'khai sinh',
  'kết hôn',
  'khai tử',
  'giám hộ',
  'nhận cha, mẹ, con',
  'thường trú',
  'tạm trú',
  'giấy chứng nhận quyền sử dụng đất',
  'hộ kinh doanh',
  'trợ cấp xã hội hằng tháng',
  'chi phí mai táng',
  'giấy xác nhận khuyết tật',
  'giấy phép xây dựng nhà ở riêng lẻ',
  'hợp đồng chuyển nhượng quyền sử dụng đất',
  'bản sao từ bản chính',
  'chữ ký trong giấy tờ, văn bản',
  'di chúc',
  'hộ nghèo, hộ cận nghèo',
  'thẻ bảo hiểm y tế',
  'học bổng chính sách',
  'chuyển trường cho học sinh',
  'gia đình văn hóa',
  'câu lạc bộ thể thao cơ sở',
  'hoạt động tín ngưỡng',
  'hòa giải viên',
  'tranh chấp đất đai',
  'trợ cấp thờ cúng liệt sĩ',
  'chế độ ưu đãi người có công',
  'giấy chứng nhận an toàn thực phẩm',
  'kế hoạch bảo vệ môi trường',
  'khai thác nước dưới đất',
  'giấy phép bán lẻ rượu',
  'phương tiện thủy nội địa',
  'hỗ trợ thiệt hại do thiên tai',
  'vay vốn giải quyết việc làm',
  'thông tin cư trú',
];

const QUALIFIERS = [
  '',
  '',
  '',
  'cho người cao tuổi',
  'cho trẻ em dưới 6 tuổi',
  'có yếu tố nước ngoài',
  'lưu động',
  'trực tuyến',
  'tại cấp xã',
  'đối với hộ gia đình, cá nhân',
  'đối với người khuyết tật',
  'khi bị mất, hư hỏng',
  'cho đồng bào dân tộc thiểu số',
  'trong trường hợp đặc biệt',
  'đối với cơ sở sản xuất nhỏ',
];

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

export interface SyntheticOptions {
  readonly count: number;
  readonly seed?: number;
}

export function generateCatalog(options: SyntheticOptions): CatalogInput {
  const rand = mulberry32(options.seed ?? 20261121);
  const usedCodes = new Set<string>();
  const usedNames = new Map<string, number>();
  const procedures: ProcedureInput[] = [];
  for (let i = 0; i < options.count; i++) {
    let code: string;
    do {
      code = `${1 + Math.floor(rand() * 3)}.${String(Math.floor(rand() * 1_000_000)).padStart(6, '0')}`;
    } while (usedCodes.has(code));
    usedCodes.add(code);
    const field = pick(rand, FIELDS);
    const base = [pick(rand, ACTIONS), pick(rand, OBJECTS), pick(rand, QUALIFIERS)].filter(Boolean).join(' ');
    const seen = usedNames.get(base) ?? 0;
    usedNames.set(base, seen + 1);
    const name = seen === 0 ? base : `${base} (trường hợp ${seen + 1})`;
    procedures.push({
      code,
      name: { vi: `${name.charAt(0).toUpperCase()}${name.slice(1)}` },
      field: field[0],
      level: ['commune'],
      keywords: [],
      submission: { channels: ['direct', 'online'], onlineLevel: rand() < 0.5 ? 'full' : 'partial' },
      documents: [{ name: { vi: `Tờ khai ${pick(rand, OBJECTS)} (theo mẫu)` }, originals: 1 }],
      processingTime: { text: { vi: `${1 + Math.floor(rand() * 15)} ngày làm việc` } },
    });
  }
  return {
    schemaVersion: 1,
    version: `synthetic-${options.count}`,
    fields: FIELDS.map(([id, vi, en]) => ({ id, name: { vi, en } })),
    procedures,
  };
}
