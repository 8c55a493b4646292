import { ChipError } from './chip-error';

/** Sends one command APDU and returns the response with its two status bytes. */
export type Transmit = (command: Buffer) => Promise<Buffer>;

export interface Response {
  readonly data: Buffer;
  readonly sw: number;
}

export function splitResponse(raw: Buffer): Response {
  if (raw.length < 2) throw new ChipError('unsupported-card', `response of ${raw.length} bytes has no status word`);
  return { data: raw.subarray(0, raw.length - 2), sw: raw.readUInt16BE(raw.length - 2) };
}

/** A short APDU: CLA INS P1 P2 [Lc data] [Le]. `le` 0 means "up to 256". */
export function commandApdu(header: readonly [number, number, number, number], data?: Uint8Array, le?: number): Buffer {
  const parts: Buffer[] = [Buffer.from(header)];
  if (data && data.length > 0) parts.push(Buffer.from([data.length]), Buffer.from(data));
  if (le !== undefined) parts.push(Buffer.from([le & 0xff]));
  return Buffer.concat(parts);
}

export function hex(sw: number): string {
  return sw.toString(16).toUpperCase().padStart(4, '0');
}
