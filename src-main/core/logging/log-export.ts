import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ApiError } from '../../api/errors';
import { logFilesOldestFirst } from './log-files';
import { redactRecord } from './redact';

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

/**
 * Writes every log file, oldest first, into one new file in `dir` (a USB drive) and flushes it
 * to the device, so the drive can be pulled as soon as the screen says done. Lines are masked
 * again on the way out: a line written by an older version cannot carry personal data off site.
 */
export async function exportLogs(
  logFile: string,
  dir: string,
  meta: Readonly<{ kioskId: string; now: Date }>,
): Promise<{ file: string; bytes: number; lines: number }> {
  const target = resolve(dir);
  const info = await stat(target).catch(() => null);
  if (!info) throw new ApiError('not-found', `${target} does not exist (is the USB drive plugged in and mounted?)`);
  if (!info.isDirectory()) throw new ApiError('bad-request', `${target} is not a folder`);
  const file = join(target, `kiosk-logs-${meta.kioskId}-${stamp(meta.now)}.jsonl`);
  let out: Awaited<ReturnType<typeof open>>;
  try {
    out = await open(file, 'wx', 0o644);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new ApiError('unavailable', `cannot write to ${target} (${code}): is the drive read-only or full?`);
  }
  let bytes = 0;
  let lines = 0;
  try {
    for (const source of logFilesOldestFirst(logFile)) {
      const reader = createInterface({ input: createReadStream(source, { encoding: 'utf8' }), crlfDelay: Number.POSITIVE_INFINITY });
      let batch = '';
      for await (const line of reader) {
        if (line.trim() === '') continue;
        let text: string;
        try {
          text = JSON.stringify(redactRecord(JSON.parse(line) as Record<string, unknown>));
        } catch {
          continue; // a torn line from a power cut is not worth carrying away
        }
        batch += `${text}\n`;
        lines += 1;
        if (batch.length > 64 * 1024) {
          bytes += (await out.write(batch)).bytesWritten;
          batch = '';
        }
      }
      if (batch) bytes += (await out.write(batch)).bytesWritten;
    }
    await out.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : 'error');
    throw new ApiError('unavailable', `writing ${file} failed (${code}): the drive may be full or was pulled out`);
  } finally {
    await out.close();
  }
  return { file, bytes, lines };
}
