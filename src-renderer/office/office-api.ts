import type { z } from 'zod';

/** An error the back office API answered with `{error:{code, message}}`. */
export class OfficeApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Calls `/office/api/*` on the server that served this page; the session is its HttpOnly cookie. */
export async function officeCall<T>(method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
  const res = await fetch(`/office/api/${path}`, {
    method,
    credentials: 'same-origin',
    headers: method === 'POST' ? { 'Content-Type': 'application/json' } : {},
    ...(method === 'POST' ? { body: typeof body === 'string' ? body : JSON.stringify(body ?? {}) } : {}),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    throw new OfficeApiError(res.status, 'internal', text.slice(0, 200));
  }
  if (!res.ok) {
    const error = (json as { error?: { code?: string; message?: string } } | null)?.error;
    throw new OfficeApiError(res.status, error?.code ?? 'internal', error?.message ?? `HTTP ${res.status}`);
  }
  return schema.parse(json);
}
