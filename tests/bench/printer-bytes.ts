/** DLE EOT n and GS r n: the real-time status requests a kiosk sends before and after every job. */
const STATUS_REQUESTS = [
  [0x10, 0x04],
  [0x1d, 0x72],
] as const;

/**
 * True when a chunk the printer received holds nothing but status requests, so the first chunk
 * that is not one is where a print job starts (the ticket's bytes, not the health poll's).
 */
export function onlyStatusRequests(chunk: Uint8Array): boolean {
  if (chunk.length === 0 || chunk.length % 3 !== 0) return false;
  for (let i = 0; i < chunk.length; i += 3) {
    if (!STATUS_REQUESTS.some(([a, b]) => chunk[i] === a && chunk[i + 1] === b)) return false;
  }
  return true;
}
