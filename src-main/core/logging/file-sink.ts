import { appendFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { makePrivateDir, PRIVATE_FILE_MODE } from '../system/private-dir';
import type { LogSink } from './logger';

/**
 * JSON-lines log file rotated by size: `kiosk.log` → `kiosk.log.1` … `kiosk.log.N`. Synchronous
 * appends keep the order across modules and survive a crash right after the line.
 */
export function fileSink(file: string, options: Readonly<{ maxBytes?: number; keep?: number }> = {}): LogSink {
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const keep = options.keep ?? 5;
  makePrivateDir(dirname(file));
  let size = existsSync(file) ? statSync(file).size : 0;
  const rotate = (): void => {
    rmSync(`${file}.${keep}`, { force: true });
    for (let i = keep - 1; i >= 1; i--) {
      if (existsSync(`${file}.${i}`)) renameSync(`${file}.${i}`, `${file}.${i + 1}`);
    }
    if (existsSync(file)) renameSync(file, `${file}.1`);
    size = 0;
  };
  return (record) => {
    const line = `${JSON.stringify(record)}\n`;
    if (size + line.length > maxBytes) rotate();
    appendFileSync(file, line, { mode: PRIVATE_FILE_MODE });
    size += Buffer.byteLength(line);
  };
}

export const stderrSink: LogSink = (record) => {
  process.stderr.write(`${JSON.stringify(record)}\n`);
};
