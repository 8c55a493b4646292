import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src-main/api/errors';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';
import { createDispatcher } from '../../../src-main/core/rpc/dispatcher';
import type { Handlers } from '../../../src-main/core/rpc/handlers';
import { Session } from '../../../src-main/core/rpc/session';

const info = {
  appVersion: '1.0.0',
  shell: 'web' as const,
  kioskId: 'K1',
  centerName: 'UBND xã',
  defaultLanguage: 'vi',
  dataDir: '/tmp/x',
  schemaVersion: 1,
  startedAt: '2026-01-01T00:00:00.000Z',
};

function setup(overrides: Partial<Handlers> = {}) {
  const sink = memorySink();
  const handlers = {
    'system.info': () => info,
    'system.ping': ({ nonce }: { nonce: string }) => ({ nonce, at: '2026-01-01T00:00:00.000Z' }),
    'session.current': (_: unknown, { session }: { session: Session }) => ({ role: session.role }),
    ...overrides,
  } as Handlers;
  return { dispatch: createDispatcher(handlers, createLogger(sink, 'test')), sink };
}

describe('dispatcher', () => {
  it('answers a valid call with the handler result', async () => {
    const { dispatch } = setup();
    await expect(dispatch(new Session(), 'system.ping', { nonce: 'abc' })).resolves.toEqual({
      ok: true,
      result: { nonce: 'abc', at: '2026-01-01T00:00:00.000Z' },
    });
  });

  it.each([
    ['unknown channel', 'nope.nothing', {}, 'unknown-channel'],
    ['non-string channel', 42, {}, 'unknown-channel'],
    ['prototype key as channel', '__proto__', {}, 'unknown-channel'],
    ['wrong arg type', 'system.ping', { nonce: 5 }, 'bad-request'],
    ['extra arg key', 'system.ping', { nonce: 'a', evil: true }, 'bad-request'],
    ['array instead of object', 'system.ping', ['a'], 'bad-request'],
    ['too long nonce', 'system.ping', { nonce: 'x'.repeat(65) }, 'bad-request'],
  ])('refuses %s with a typed error', async (_label, channel, args, code) => {
    const { dispatch } = setup();
    const reply = await dispatch(new Session(), channel, args);
    expect(reply).toMatchObject({ ok: false, error: { code } });
    if (!reply.ok) expect(reply.error.message.length).toBeGreaterThan(0);
  });

  it('passes an ApiError through with its code and message', async () => {
    const { dispatch } = setup({
      'system.info': () => {
        throw new ApiError('unavailable', 'database is busy');
      },
    });
    await expect(dispatch(new Session(), 'system.info', {})).resolves.toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'database is busy' },
    });
  });

  it('hides unexpected exceptions behind `internal` and logs them', async () => {
    const { dispatch, sink } = setup({
      'system.info': () => {
        throw new TypeError('secret stack detail');
      },
    });
    const reply = await dispatch(new Session(), 'system.info', {});
    expect(reply).toEqual({ ok: false, error: { code: 'internal', message: 'system.info: internal error' } });
    expect(sink.records.some((r) => r.level === 'error' && r.data?.error === 'secret stack detail')).toBe(true);
  });

  it('refuses a result that breaks the contract instead of sending it', async () => {
    const { dispatch } = setup({ 'system.info': () => ({ ...info, schemaVersion: 'one' }) as never });
    await expect(dispatch(new Session(), 'system.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('stamps log records with the session correlation id', async () => {
    const { dispatch, sink } = setup({
      'system.info': () => {
        throw new Error('boom');
      },
    });
    const session = new Session();
    await dispatch(session, 'system.info', {});
    expect(sink.records.at(-1)?.correlationId).toBe(session.correlationId);
  });
});
