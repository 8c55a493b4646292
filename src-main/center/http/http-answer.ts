import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../../api/errors';

/** One HTTP answer; thrown or returned by a handler, sent by the server. */
export class HttpAnswer {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}

/** Errors cross the wire as `{error:{code, message}}`, the project's shape. */
export function fail(status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}): HttpAnswer {
  return new HttpAnswer(status, { error: { code, message } }, headers);
}

export function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      reject(fail(413, 'payload-too-large', `the body may be at most ${maxBytes} bytes`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(fail(413, 'payload-too-large', `the body may be at most ${maxBytes} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw fail(400, 'bad-request', 'the body is not JSON');
  }
}

export function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

export function send(res: ServerResponse, answer: HttpAnswer): void {
  if (answer.body instanceof Buffer || typeof answer.body === 'string') {
    res.writeHead(answer.status, { ...answer.headers }).end(answer.body);
    return;
  }
  const text = answer.body === null ? '' : JSON.stringify(answer.body);
  res
    .writeHead(answer.status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...answer.headers,
    })
    .end(text);
}
