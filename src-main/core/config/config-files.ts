import { constants } from 'node:fs';
import { lstat, open, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ApiError } from '../../api/errors';
import type { ConfigStore } from './config-store';
import { type ConfigFile, importConfig, MAX_CONFIG_FILE_BYTES } from './config-transfer';

const NOTHING_CHANGED = 'nothing was changed';

/**
 * Reads a config export from disk (a USB drive) with the checks a hostile file needs before a
 * byte is read: it must be a regular file, and small. Then applies it all or nothing.
 */
export async function importConfigFile(store: ConfigStore, path: string): Promise<{ applied: string[] }> {
  const source = resolve(path);
  const info = await stat(source).catch((err: NodeJS.ErrnoException) => {
    throw new ApiError('not-found', `cannot read ${source}: ${err.code ?? 'error'}; ${NOTHING_CHANGED}`);
  });
  if (!info.isFile()) throw new ApiError('bad-request', `${source} is not a regular file; ${NOTHING_CHANGED}`);
  // Refused before reading: a 10 MB file is never pulled into memory.
  if (info.size > MAX_CONFIG_FILE_BYTES) {
    throw new ApiError(
      'bad-request',
      `config file refused: it is ${info.size} bytes, larger than a config export can be (${MAX_CONFIG_FILE_BYTES} bytes); ${NOTHING_CHANGED}`,
    );
  }
  const handle = await open(source, 'r');
  try {
    // Read at most the limit plus one byte, in case the file grew after the check.
    const buf = Buffer.alloc(MAX_CONFIG_FILE_BYTES + 1);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return importConfig(store, buf.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** Writes an export into `dir` under a name that says which kiosk and when, never overwriting. */
export async function writeConfigFile(dir: string, file: ConfigFile, stamp: string): Promise<string> {
  const target = resolve(dir);
  const info = await stat(target).catch(() => null);
  if (!info) throw new ApiError('not-found', `${target} does not exist (is the USB drive plugged in and mounted?)`);
  if (!info.isDirectory()) throw new ApiError('bad-request', `${target} is not a folder`);
  const name = join(target, `kiosk-config-${file.from?.kioskId ?? 'kiosk'}-${stamp}.json`);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(name, 'wx', file.secretsIncluded ? 0o600 : 0o644);
  } catch (err) {
    throw new ApiError('unavailable', `cannot write to ${target} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    await handle.writeFile(`${JSON.stringify(file, null, 2)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return name;
}

/**
 * Writes an export to the exact path a technician named at the CLI. A link at that path is never
 * followed (it could point at the database or a system file), only a regular file is replaced,
 * and a file with the server token is only ever a new one, created 0600 whatever the umask.
 */
export async function writeConfigFileAt(path: string, file: ConfigFile): Promise<string> {
  const target = resolve(path);
  const existing = await lstat(target).catch(() => null);
  if (existing?.isSymbolicLink()) throw new ApiError('forbidden', `${target} is a symbolic link; an export never follows one`);
  if (existing && !existing.isFile()) throw new ApiError('forbidden', `${target} is not a regular file`);
  const secret = file.secretsIncluded === true;
  if (existing && secret) {
    throw new ApiError('conflict', `${target} already exists; an export with the server token goes only into a new file`);
  }
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | (secret ? constants.O_EXCL : constants.O_TRUNC);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(target, flags, secret ? 0o600 : 0o644);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    const why =
      code === 'ELOOP'
        ? 'is a symbolic link; an export never follows one'
        : code === 'EEXIST'
          ? 'already exists'
          : `cannot be written (${code})`;
    throw new ApiError('unavailable', `${target} ${why}`);
  }
  try {
    if (secret) await handle.chmod(0o600);
    await handle.writeFile(`${JSON.stringify(file, null, 2)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return target;
}

export interface ConfigFileCandidate {
  readonly path: string;
  readonly name: string;
  readonly bytes: number;
  readonly modifiedAt: string;
}

/** The `.json` files at the top of a drive, newest first: what a technician may mean to import. */
export async function listConfigFiles(dir: string, limit = 50): Promise<ConfigFileCandidate[]> {
  const target = resolve(dir);
  const names = await readdir(target).catch(() => {
    throw new ApiError('not-found', `${target} cannot be read (is the USB drive plugged in and mounted?)`);
  });
  const out: ConfigFileCandidate[] = [];
  for (const name of names.filter((n) => n.toLowerCase().endsWith('.json') && !n.startsWith('.')).slice(0, 500)) {
    // lstat: a link on the drive is not offered, wherever it points.
    const info = await lstat(join(target, name)).catch(() => null);
    if (info?.isFile()) out.push({ path: join(target, name), name, bytes: info.size, modifiedAt: info.mtime.toISOString() });
  }
  return out.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt)).slice(0, limit);
}
