import { CodedError } from '../api/errors';

/** Errors from devices carry a code to switch on, never a message to parse. */
export type DeviceErrorCode =
  | 'not-configured'
  | 'offline'
  | 'no-paper'
  | 'cover-open'
  | 'timeout'
  | 'canceled'
  | 'disconnected'
  | 'garbage'
  | 'io';

export class DeviceError extends CodedError<DeviceErrorCode> {
  override name = 'DeviceError';
}
