import nationalityData from './places/nationalities.json';
import { REFERENCE_LIST_IDS, type ReferenceListId } from './reference-list-ids';
/**
 * Lists a form offers to choose from instead of free text, bundled with their source and date.
 * Nothing here is invented: each list is copied from the official text named beside it. Shared by
 * the screens (pick lists) and core (an answer outside the list is refused).
 */

/**
 * Vietnam's 54 ethnic groups, in the order and spelling of the General Statistics Office's list
 * ("Danh mục các dân tộc Việt Nam", issued with Decision 421-TCTK/PPCĐ of 2 March 1979, still the
 * list the civil status forms use), with the hyphens dropped as current forms write them.
 */
export const ETHNIC_GROUPS = [
  'Kinh',
  'Tày',
  'Thái',
  'Hoa',
  'Khmer',
  'Mường',
  'Nùng',
  'Mông',
  'Dao',
  'Gia Rai',
  'Ngái',
  'Ê Đê',
  'Ba Na',
  'Xơ Đăng',
  'Sán Chay',
  'Cơ Ho',
  'Chăm',
  'Sán Dìu',
  'Hrê',
  'Mnông',
  'Ra Glai',
  'Xtiêng',
  'Bru-Vân Kiều',
  'Thổ',
  'Giáy',
  'Cơ Tu',
  'Giẻ Triêng',
  'Mạ',
  'Khơ Mú',
  'Co',
  'Tà Ôi',
  'Chơ Ro',
  'Kháng',
  'Xinh Mun',
  'Hà Nhì',
  'Chu Ru',
  'Lào',
  'La Chí',
  'La Ha',
  'Phù Lá',
  'La Hủ',
  'Lự',
  'Lô Lô',
  'Chứt',
  'Mảng',
  'Pà Thẻn',
  'Cờ Lao',
  'Cống',
  'Bố Y',
  'Si La',
  'Pu Péo',
  'Brâu',
  'Ơ Đu',
  'Rơ Măm',
] as const;

/**
 * A stateless person's answer: "người không quốc tịch" is the Nationality Law's term (Luật Quốc tịch
 * Việt Nam 2008, art. 3: neither Vietnamese nor any foreign nationality), and the civil status
 * declarations write "Không quốc tịch" in the nationality box.
 */
export const STATELESS = 'Không quốc tịch';

/**
 * Nationalities, Việt Nam first: the inhabited countries and territories of ISO 3166-1 named in
 * Vietnamese by Unicode CLDR (places/nationalities.json, made by scripts/places-gen.mjs), then
 * "stateless".
 */
export const NATIONALITIES: readonly string[] = [...nationalityData.countries.map((c) => c.name), STATELESS];

/** The ISO 3166-1 code of a nationality of the list, to name it in the screen's language. */
export function nationalityCode(name: string): string | null {
  return nationalityData.countries.find((c) => c.name === name)?.code ?? null;
}

/**
 * The 34 provincial-level units since 1 July 2025 (6 centrally-run cities, then 28 provinces), as
 * Resolution 202/2025/QH15 of the National Assembly (12 June 2025) names them. Their communes and
 * wards (3,321) are in places/communes.ts, loaded only where an address is asked.
 */
export const PROVINCES_2025 = [
  'Thành phố Hà Nội',
  'Thành phố Huế',
  'Thành phố Hải Phòng',
  'Thành phố Đà Nẵng',
  'Thành phố Hồ Chí Minh',
  'Thành phố Cần Thơ',
  'Tỉnh Lai Châu',
  'Tỉnh Điện Biên',
  'Tỉnh Sơn La',
  'Tỉnh Lạng Sơn',
  'Tỉnh Quảng Ninh',
  'Tỉnh Thanh Hóa',
  'Tỉnh Nghệ An',
  'Tỉnh Hà Tĩnh',
  'Tỉnh Cao Bằng',
  'Tỉnh Tuyên Quang',
  'Tỉnh Lào Cai',
  'Tỉnh Thái Nguyên',
  'Tỉnh Phú Thọ',
  'Tỉnh Bắc Ninh',
  'Tỉnh Hưng Yên',
  'Tỉnh Ninh Bình',
  'Tỉnh Quảng Trị',
  'Tỉnh Quảng Ngãi',
  'Tỉnh Gia Lai',
  'Tỉnh Khánh Hòa',
  'Tỉnh Lâm Đồng',
  'Tỉnh Đắk Lắk',
  'Tỉnh Đồng Nai',
  'Tỉnh Tây Ninh',
  'Tỉnh Vĩnh Long',
  'Tỉnh Đồng Tháp',
  'Tỉnh Cà Mau',
  'Tỉnh An Giang',
] as const;

export const REFERENCE_LISTS: Readonly<Record<ReferenceListId, readonly string[]>> = {
  ethnicGroups: ETHNIC_GROUPS,
  provinces: PROVINCES_2025,
  nationalities: NATIONALITIES,
};
export { REFERENCE_LIST_IDS, type ReferenceListId };

/**
 * Lower case without diacritics (đ as d, and Polish ł as l, which Unicode does not decompose),
 * apostrophes dropped and hyphens as spaces, so "thai" finds "Thái", "dak lak" "Đắk Lắk", "ea
 * hleo" "Ea H’Leo", "bru van kieu" "Bru-Vân Kiều" and "bialorus" "Białoruś".
 */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/['’ʼ]/g, '')
    .replace(/[-–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A province as people say it: "Sơn La" for "Tỉnh Sơn La", "Hồ Chí Minh" for "Thành phố Hồ Chí Minh". */
const bareName = (entry: string): string => entry.replace(/^(Tỉnh|Thành phố) /u, '');

/**
 * The entry of `entries` that `value` names (folded, with or without the prefix `bare` strips),
 * or null; a name without its prefix that two entries share names neither.
 */
export function findEntry(entries: readonly string[], value: string, bare: (entry: string) => string = bareName): string | null {
  const folded = foldForMatch(value);
  if (!folded) return null;
  const whole = entries.find((e) => foldForMatch(e) === folded);
  if (whole) return whole;
  const short = entries.filter((e) => foldForMatch(bare(e)) === folded);
  return short.length === 1 ? (short[0] as string) : null;
}

/** Entries matching what is typed (folded; at the start of a word of the bare name first), at most `limit`. */
export function matchEntries(
  entries: readonly string[],
  typed: string,
  limit: number,
  bare: (entry: string) => string = bareName,
): string[] {
  return ranked(
    entries,
    foldForMatch(typed),
    limit,
    (e) => [foldForMatch(bare(e))],
    (e) => [foldForMatch(e)],
  );
}

/**
 * Entries whose own name or any of their other names (`names`, already folded: a country in
 * English and in the screen's language) match what is typed: at the start of a word first.
 */
export function matchNamed(
  entries: readonly string[],
  typed: string,
  limit: number,
  names: (entry: string) => readonly string[],
): string[] {
  const all = (e: string) => [foldForMatch(e), ...names(e)];
  return ranked(entries, foldForMatch(typed), limit, all, all);
}

/** The entry whose own name or one of its other names (`names`, folded) is what is typed, or null. */
export function findNamed(entries: readonly string[], value: string, names: (entry: string) => readonly string[]): string | null {
  const folded = foldForMatch(value);
  if (!folded) return null;
  return entries.find((e) => foldForMatch(e) === folded) ?? entries.find((e) => names(e).includes(folded)) ?? null;
}

/** Entries with a name starting a word with `q` (folded), then those with a name holding it. */
function ranked(
  entries: readonly string[],
  q: string,
  limit: number,
  startNames: (entry: string) => readonly string[],
  insideNames: (entry: string) => readonly string[],
): string[] {
  if (!q) return [];
  const starts = entries.filter((e) => startNames(e).some((n) => ` ${n}`.includes(` ${q}`)));
  const inside = entries.filter((e) => !starts.includes(e) && insideNames(e).some((n) => n.includes(q)));
  return [...starts, ...inside].slice(0, limit);
}

/** The list's entry `value` names (folded, a province with or without "Tỉnh"/"Thành phố"), or null. */
export function listEntry(list: ReferenceListId, value: string): string | null {
  return findEntry(REFERENCE_LISTS[list], value);
}

/** Whether `value` names an entry of the list. */
export function isListEntry(list: ReferenceListId, value: string): boolean {
  return listEntry(list, value) !== null;
}

/** Entries matching what is typed (folded; at the start of a word first), at most `limit`. */
export function matchList(list: ReferenceListId, typed: string, limit: number): string[] {
  return matchEntries(REFERENCE_LISTS[list], typed, limit);
}

/**
 * Districts were abolished on 1 July 2025: an address naming one ("Huyện …", "Quận …", "Thị xã …")
 * was written before and may no longer be the citizen's current address.
 */
export function namesOldDistrict(address: string): boolean {
  return /(^|[\s,.;-])(huyện|quận|thị xã)\s+\S/iu.test(address.normalize('NFC'));
}
