import { ChipError } from './chip-error';
import { find, readAll, readTlv, TlvError } from './tlv';

/** Data group tags of EF.COM's tag list (ICAO 9303 part 10 table 34) to data group numbers. */
const DG_TAGS: Record<number, number> = {
  97: 1,
  117: 2,
  99: 3,
  118: 4,
  101: 5,
  102: 6,
  103: 7,
  104: 8,
  105: 9,
  106: 10,
  107: 11,
  108: 12,
  109: 13,
  110: 14,
  111: 15,
  112: 16,
};

/** EF.COM: LDS version and the data groups present (tag '60'). */
export interface Com {
  readonly ldsVersion: string;
  readonly dataGroups: readonly number[];
}

export function parseCom(file: Buffer): Com {
  try {
    const outer = readTlv(file);
    if (outer.tag !== 0x60) throw new ChipError('bad-data', 'EF.COM does not start with tag 60');
    const fields = readAll(outer.value);
    const list = find(fields, 0x5c);
    if (!list) throw new ChipError('bad-data', 'EF.COM has no tag list');
    const dataGroups: number[] = [];
    for (const tag of list.value) {
      const n = DG_TAGS[tag];
      if (n) dataGroups.push(n);
    }
    return { ldsVersion: find(fields, 0x5f01)?.value.toString('latin1') ?? '', dataGroups: dataGroups.sort((a, b) => a - b) };
  } catch (error) {
    if (error instanceof TlvError) throw new ChipError('bad-data', 'EF.COM is not valid TLV');
    throw error;
  }
}
