import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The data folder holds ID numbers and the server token: only the kiosk's own account may enter it. */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates `dir` (and missing parents below it) as 0700, whatever the process umask. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  // mkdir's mode is filtered by the umask, and an existing folder keeps its mode: set it outright.
  if ((lstatSync(dir).mode & 0o777) !== PRIVATE_DIR_MODE) chmodSync(dir, PRIVATE_DIR_MODE);
}

/**
 * Creates `file` empty with mode 0600 when it does not exist yet, so whatever writes it later
 * (SQLite, an append) finds it private. SQLite gives its -wal and -shm files the database's mode.
 */
export function touchPrivateFile(file: string): void {
  closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  if ((lstatSync(file).mode & 0o777) !== PRIVATE_FILE_MODE) chmodSync(file, PRIVATE_FILE_MODE);
}

/**
 * Makes an existing data folder private again: every folder in it 0700, every file 0600.
 * Symbolic links are not followed (their targets are not ours to change). Returns the paths
 * whose mode was changed, relative to `dir`, so the caller can log that a repair happened.
 */
export function repairPrivateDir(dir: string): string[] {
  const repaired: string[] = [];
  const walk = (path: string, rel: string): void => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink() || stat.isSocket()) return;
    const want = stat.isDirectory() ? PRIVATE_DIR_MODE : PRIVATE_FILE_MODE;
    if ((stat.mode & 0o777) !== want) {
      chmodSync(path, want);
      repaired.push(rel || '.');
    }
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name), rel ? `${rel}/${name}` : name);
  };
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  walk(dir, '');
  return repaired;
}
