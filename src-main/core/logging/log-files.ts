import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The one log file every shell writes (`logs/kiosk.log` in the data directory). */
export function kioskLogFile(dataDir: string): string {
  return join(dataDir, 'logs', 'kiosk.log');
}

/** The live file and its rotated siblings, oldest first (`kiosk.log.5` … `kiosk.log.1`, `kiosk.log`). */
export function logFilesOldestFirst(file: string, keep = 9): string[] {
  const rotated: string[] = [];
  for (let i = keep; i >= 1; i--) if (existsSync(`${file}.${i}`)) rotated.push(`${file}.${i}`);
  return existsSync(file) ? [...rotated, file] : rotated;
}
