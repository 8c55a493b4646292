import type { DeviceHealth } from '../device-health';
import type { ByteLink } from '../link/byte-link';

type State = DeviceHealth['state'];
export interface StatusReading {
  readonly state: State;
  readonly reason?: string;
}

const DLE_EOT = (n: number) => Uint8Array.from([0x10, 0x04, n]);

/** Every DLE EOT answer has bits 1 and 4 set and bits 0 and 7 clear; anything else is noise. */
function valid(byte: number): boolean {
  return (byte & 0x93) === 0x12;
}

/**
 * Epson real-time status (DLE EOT 1, 2, 4): answered by the printer at once, even when it is
 * offline or out of paper, and before any queued print data. No answer means the path is there
 * but no printer is listening on it.
 */
export async function readEscPosStatus(link: ByteLink, timeoutMs: number): Promise<StatusReading> {
  const printer = await link.query(DLE_EOT(1), 1, timeoutMs);
  if (!printer) return { state: 'offline', reason: `no answer to a status request on ${link.description}` };
  const p = printer[0] as number;
  if (!valid(p)) return { state: 'error', reason: `garbled status byte 0x${p.toString(16)}` };
  const paper = await link.query(DLE_EOT(4), 1, timeoutMs);
  const paperOut = paper !== null && valid(paper[0] as number) && ((paper[0] as number) & 0x60) !== 0;
  const paperLow = paper !== null && valid(paper[0] as number) && ((paper[0] as number) & 0x0c) !== 0;
  if (paperOut) return { state: 'no-paper', reason: 'paper roll empty' };
  if (p & 0x08) {
    const cause = await link.query(DLE_EOT(2), 1, timeoutMs);
    const c = cause?.[0] ?? 0x12;
    if (c & 0x04) return { state: 'error', reason: 'cover open' };
    if (c & 0x20) return { state: 'no-paper', reason: 'paper end' };
    if (c & 0x40) return { state: 'error', reason: 'printer error (cutter or head)' };
    return { state: 'offline', reason: 'printer reports offline' };
  }
  return paperLow ? { state: 'ready', reason: 'paper low' } : { state: 'ready' };
}
