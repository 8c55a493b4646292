import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { type LogLevel, LogLine } from '../../api/channels/logs';
import { logFilesOldestFirst } from './log-files';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
/** Enough bytes for 500 ordinary lines; a file is never read whole. */
const CHUNK = 512 * 1024;

/** The last `bytes` of a file, cut at the first whole line. */
function readTail(file: string, bytes: number): string[] {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return [];
  }
  try {
    const size = fstatSync(fd).size;
    const start = Math.max(0, size - bytes);
    const buf = Buffer.alloc(size - start);
    readSync(fd, buf, 0, buf.length, start);
    const lines = buf.toString('utf8').split('\n');
    if (start > 0) lines.shift();
    return lines.filter((l) => l.trim() !== '');
  } finally {
    closeSync(fd);
  }
}

function parse(line: string): LogLine | null {
  try {
    const parsed = LogLine.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The newest `limit` lines at or above `minLevel`, newest last, reaching into the rotated file
 * when the live one was just rotated. Lines that are not ours (a torn write after a power cut)
 * are skipped, not fatal.
 */
export function tailLog(file: string, limit: number, minLevel: LogLevel = 'debug'): LogLine[] {
  const files = logFilesOldestFirst(file).reverse();
  const out: LogLine[] = [];
  for (const f of files) {
    const lines = readTail(f, CHUNK);
    for (let i = lines.length - 1; i >= 0 && out.length < limit; i--) {
      const rec = parse(lines[i] as string);
      if (rec && ORDER[rec.level] >= ORDER[minLevel]) out.push(rec);
    }
    if (out.length >= limit) break;
  }
  return out.reverse();
}
