/**
 * A write that failed because the disk is full: SQLite's SQLITE_FULL (the transaction was rolled
 * back, so nothing of it was kept) or the file system's ENOSPC / EDQUOT.
 */
export function isDiskFull(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return (
    code === 'SQLITE_FULL' ||
    code === 'ENOSPC' ||
    code === 'EDQUOT' ||
    (typeof code === 'string' && code.startsWith('SQLITE_IOERR') && /ENOSPC|No space/i.test(String((err as Error).message)))
  );
}
