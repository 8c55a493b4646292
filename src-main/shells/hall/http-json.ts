import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { ApiError, type ErrorCode, isApiError } from '../../api/errors';
import { HALL_MAX_BODY_BYTES } from '../../api/hall';

const STATUS: Readonly<Record<ErrorCode, number>> = {
  'bad-request': 400,
  'unknown-channel': 404,
  'payload-too-large': 413,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  locked: 423,
  unavailable: 503,
  busy: 503,
  'storage-full': 507,
  // 404 as for an unknown number: a member from before this code existed reads it as "not in this hall".
  'other-hall': 404,
  'device-error': 502,
  internal: 500,
};

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(text);
}

export function sendResult(res: ServerResponse, result: unknown, headers: Readonly<Record<string, string>>): void {
  sendJson(res, 200, { ok: true, result }, headers);
}

/** A typed error as `{ok:false, error}` with its HTTP status; anything else is `internal` (already logged by the caller). */
export function sendError(res: ServerResponse, err: unknown, headers: Readonly<Record<string, string>>, status?: number): void {
  const shape = isApiError(err) ? err.toShape() : { code: 'internal' as const, message: 'internal error' };
  sendJson(res, status ?? STATUS[shape.code], { ok: false, error: shape }, headers);
}

/**
 * Reads a JSON body of at most HALL_MAX_BODY_BYTES and checks it against its schema. Only
 * `application/json` is read, which also means a page of another origin cannot send one without
 * a CORS preflight, which this server never grants.
 */
export async function readBody<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.output<S>> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new ApiError('bad-request', 'send application/json');
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > HALL_MAX_BODY_BYTES) throw new ApiError('payload-too-large', `body over ${HALL_MAX_BODY_BYTES} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > HALL_MAX_BODY_BYTES) throw new ApiError('payload-too-large', `body over ${HALL_MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ApiError('bad-request', 'body is not valid JSON');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new ApiError('bad-request', issues);
  }
  return parsed.data;
}

/** The device token of `Authorization: Bearer …`, or '' when absent. */
export function bearerToken(req: IncomingMessage): string {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : '';
}
