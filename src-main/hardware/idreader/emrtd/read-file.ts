import { hex, type Response, type Transmit } from './apdu';
import { ChipError } from './chip-error';
import type { SecureMessaging } from './secure-messaging';

/** Files of the LDS application (ICAO 9303 part 10 table 35). */
export const EF = { COM: 0x011e, SOD: 0x011d, DG1: 0x0101, DG2: 0x0102, DG13: 0x010d } as const;

/** Bytes asked per READ BINARY: what fits one short protected answer (ICAO practice: 0xDF). */
const CHUNK = 0xdf;
/** No LDS file a kiosk reads is larger; a bigger length is a malformed or hostile card. */
const MAX_FILE = 64 * 1024;

async function exchange(
  transmit: Transmit,
  sm: SecureMessaging,
  header: readonly [number, number, number, number],
  data?: Uint8Array,
  le?: number,
): Promise<Response> {
  return sm.unwrap(await transmit(sm.wrap(header, data, le)));
}

/** The length of a whole TLV file from its first bytes (tag, length). */
function tlvFileLength(head: Buffer): number {
  let i = 1;
  if (((head[0] ?? 0) & 0x1f) === 0x1f) while ((head[i++] ?? 0) & 0x80);
  const first = head[i++] ?? 0;
  if (first < 0x80) return i + first;
  const count = first & 0x7f;
  let length = 0;
  for (let k = 0; k < count; k++) length = length * 256 + (head[i++] ?? 0);
  if (count === 0 || count > 3) throw new ChipError('bad-data', 'file length is not definite');
  return i + length;
}

/** Selects an EF by its file identifier and reads it whole under secure messaging. */
export async function readFile(transmit: Transmit, sm: SecureMessaging, fid: number): Promise<Buffer> {
  const select = await exchange(transmit, sm, [0x00, 0xa4, 0x02, 0x0c], Buffer.from([fid >> 8, fid & 0xff]));
  if (select.sw !== 0x9000) {
    throw new ChipError(
      select.sw === 0x6a82 ? 'unsupported-card' : 'bad-data',
      `file ${fid.toString(16)} not selectable (${hex(select.sw)})`,
    );
  }
  const head = await exchange(transmit, sm, [0x00, 0xb0, 0x00, 0x00], undefined, 8);
  if (head.sw !== 0x9000 && head.sw !== 0x6282) throw new ChipError('bad-data', `READ BINARY answered ${hex(head.sw)}`);
  const total = tlvFileLength(head.data);
  if (total > MAX_FILE) throw new ChipError('bad-data', `file of ${total} bytes is too large`);
  const parts: Buffer[] = [head.data.subarray(0, total)];
  let offset = Math.min(head.data.length, total);
  while (offset < total) {
    const want = Math.min(CHUNK, total - offset);
    const part = await exchange(transmit, sm, [0x00, 0xb0, offset >> 8, offset & 0xff], undefined, want);
    if (part.sw !== 0x9000 && part.sw !== 0x6282) throw new ChipError('bad-data', `READ BINARY answered ${hex(part.sw)}`);
    if (part.data.length === 0) throw new ChipError('bad-data', 'the card returned no data');
    parts.push(part.data.subarray(0, total - offset));
    offset += part.data.length;
  }
  return Buffer.concat(parts);
}
