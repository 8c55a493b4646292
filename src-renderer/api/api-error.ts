import type { ApiErrorShape, ErrorCode } from '../../src-main/api/errors';

/** An `{ok:false}` reply from main, as an exception the UI can switch on by code. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiCallError';
    this.code = shape.code;
  }
}
