import { z } from 'zod';

/**
 * Every error that crosses a process boundary is one of these codes. Callers switch on the code,
 * never on the message (the message is for people and logs, and may change).
 */
export const ErrorCode = z.enum([
  'bad-request',
  'unknown-channel',
  'payload-too-large',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'locked',
  'unavailable',
  'device-error',
  /** Too many connections or requests at once: try again shortly. */
  'busy',
  /** The disk is full: nothing of the request was kept. */
  'storage-full',
  /** A ticket of another service hall or center (its QR names a kiosk this hall does not know): ask there. */
  'other-hall',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiErrorShape = z.object({
  code: ErrorCode,
  message: z.string(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

/**
 * An error with a string-literal `code` to switch on, never a message to parse: the base of every
 * error thrown on purpose (`ApiError`, `DeviceError`, `ChipError`). Each subclass sets its `name`.
 */
export class CodedError<C extends string> extends Error {
  constructor(
    readonly code: C,
    message: string,
  ) {
    super(message);
  }
}

/** An error that a service throws on purpose; its code and message reach the caller as they are. */
export class ApiError extends CodedError<ErrorCode> {
  override name = 'ApiError';
  toShape(): ApiErrorShape {
    return { code: this.code, message: this.message };
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
