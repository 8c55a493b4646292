/**
 * The message of anything thrown, for logs and typed errors: an `Error`'s message, anything else
 * as text. The one place that decides how a non-Error throw reads.
 */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
