/**
 * How a secret is shown: stars and, for a long one, its last four characters, so a technician
 * can tell which token is in place without anyone reading it off the screen or a log.
 */
export function maskSecret(value: string): string {
  if (value === '') return '';
  if (value.length < 16) return '****';
  return `****${value.slice(-4)}`;
}
