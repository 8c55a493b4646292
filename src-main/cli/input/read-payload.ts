import type { Readable } from 'node:stream';
import { CliError } from '../cli-context';

/**
 * A scanned payload piped in (`kiosk scan classify -`), read to its end: a payload that starts
 * with `-` or holds spaces arrives as it was read, with no shell or option parsing in the way.
 * More than `maxBytes` is refused rather than held in memory.
 */
export async function readPayload(input: Readable, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of input) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    bytes += buf.length;
    if (bytes > maxBytes) throw new CliError(`the payload on stdin is over ${maxBytes} bytes; nothing was classified`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}
