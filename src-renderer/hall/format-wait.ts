/** Whole minutes of a wait, for "12 min"; under a minute is 0. */
export function waitMinutes(seconds: number | null): number | null {
  return seconds === null ? null : Math.floor(seconds / 60);
}

/** `m:ss` of a running duration, for the ticket being served. */
export function clockOf(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
