import { listEntry } from '../reference-lists';
import { communeBareName, communeEntry } from './communes';

/**
 * An address as written ("Bản Hua Păng, xã Chiềng Sơn, tỉnh Sơn La"), read from its end: the
 * province and the commune or ward when they name units that exist since 1 July 2025, the rest
 * before them, and the commune-level name the rest still carries (an old address's "xã Chiềng Sơn
 * , huyện Mộc Châu"), which helps the citizen find the current one.
 */
export interface AddressPlace {
  /** A province of the list, or null when the last part names none (an old province, nothing). */
  readonly province: string | null;
  /** A commune or ward of that province, or null. */
  readonly commune: string | null;
  /** What comes before them: house, street, hamlet, and any old unit. */
  readonly rest: string;
  /** The bare name of the last "xã/phường/thị trấn …" part of the rest, if any ("Chiềng Sơn"). */
  readonly oldCommune: string | null;
  /**
   * Whether the part just before a province of today names a commune-level unit ("Xã …",
   * "Phường …") that is not one of that province's: a commune and province that do not go together.
   */
  readonly namedCommune: boolean;
}

const parts = (address: string): string[] =>
  address
    .normalize('NFC')
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A part naming an administrative unit of any level, current or abolished. */
const UNIT = /^(tỉnh|thành phố|tp\.?|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)(\s|$)/iu;
const COMMUNE_LEVEL = /^(xã|phường|thị trấn|đặc khu)\s+(.+)$/iu;

export function placeOf(address: string): AddressPlace {
  const list = parts(address);
  const last = list.at(-1);
  const province = last === undefined ? null : listEntry('provinces', last);
  if (province) list.pop();
  const beforeProvince = list.at(-1);
  const commune = province && beforeProvince !== undefined ? communeEntry(province, beforeProvince) : null;
  const namedCommune = province !== null && !commune && beforeProvince !== undefined && COMMUNE_LEVEL.test(beforeProvince);
  if (commune) list.pop();
  const old = [...list].reverse().find((p) => COMMUNE_LEVEL.test(p));
  return {
    province,
    commune,
    rest: list.join(', '),
    oldCommune: old ? communeBareName((COMMUNE_LEVEL.exec(old)?.[2] ?? '').trim()) : null,
    namedCommune,
  };
}

/** Whether the address ends with a current commune or ward and its province. */
export function isCurrentPlace(address: string): boolean {
  const p = placeOf(address);
  return p.province !== null && p.commune !== null;
}

/**
 * The address with the commune and province the citizen picked: the house, street and hamlet are
 * kept, every administrative unit the rest named (an abolished district, an old commune or
 * province) is dropped, since the picked ones replace them.
 */
export function withPlace(address: string, commune: string, province: string): string {
  const kept = parts(placeOf(address).rest).filter((p) => !UNIT.test(p));
  return [...kept, commune, province].join(', ');
}
