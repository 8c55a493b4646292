import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueueDossier, enqueueEvent } from '../../../src-main/core/outbox/enqueue';
import { OutboxStore } from '../../../src-main/core/outbox/outbox-store';
import { SyncWorker } from '../../../src-main/core/outbox/sync-worker';
import { manualTimers, outboxFixture } from './outbox-helpers';

type Call = { url: string; key: string | null; body: string; headers: Record<string, string> };
type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | 'network' | 'hang';

const policy = { baseMs: 1000, capMs: 60_000, maxRetryAfterMs: 3_600_000 };

function scriptedFetch(answer: (call: Call, n: number) => Answer) {
  const calls: Call[] = [];
  const fetchFn = async (url: string, init: RequestInit): Promise<Response> => {
    const headers = init.headers as Record<string, string>;
    const call = { url, key: headers['Idempotency-Key'] ?? null, body: String(init.body ?? ''), headers };
    calls.push(call);
    const a = answer(call, calls.length);
    if (a === 'network') throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    if (a === 'hang') {
      return new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    const text = a.body === undefined ? '' : JSON.stringify(a.body);
    return new Response(text, { status: a.status, headers: a.headers ?? {} });
  };
  return { calls, fetchFn };
}

const ack = (call: Call) => {
  if (call.url.endsWith('/events')) return { status: 201, body: { accepted: (JSON.parse(call.body).events as unknown[]).length } };
  return { status: 201, body: { code: call.key, receivedAt: '2026-03-02T02:00:00Z', reference: `R-${call.key}` } };
};

describe('sync worker', () => {
  let fx: ReturnType<typeof outboxFixture>;
  beforeEach(() => {
    fx = outboxFixture();
  });
  afterEach(() => fx.close());

  function worker(answer: (call: Call, n: number) => Answer, timers = manualTimers()) {
    const scripted = scriptedFetch(answer);
    const w = new SyncWorker({
      db: fx.db,
      fetch: scripted.fetchFn,
      clock: fx.clock,
      timers,
      random: () => 0,
      log: fx.log,
      endpoint: () => ({ url: 'http://center.test/base', token: 'tok', kioskId: 'K1' }),
      backoff: policy,
      requestTimeoutMs: 5000,
    });
    return { w, calls: scripted.calls, timers };
  }

  const dossier = (code: string) => enqueueDossier(fx.db, { code, body: { code }, submittedAt: fx.clock.now().toISOString() });

  it('sends in submission order with the dossier code as Idempotency-Key, token and kiosk id', async () => {
    dossier('A');
    dossier('B');
    const { w, calls } = worker((call) => ack(call));
    expect((await w.step()).kind).toBe('sent');
    expect((await w.step()).kind).toBe('sent');
    expect((await w.step()).kind).toBe('idle');
    expect(calls.map((c) => [c.url, c.key])).toEqual([
      ['http://center.test/base/api/v1/dossiers', 'A'],
      ['http://center.test/base/api/v1/dossiers', 'B'],
    ]);
    expect(calls[0]?.headers).toMatchObject({ Authorization: 'Bearer tok', 'X-Kiosk-Id': 'K1', 'Content-Type': 'application/json' });
    expect(w.counts()).toEqual({ pending: 0, sending: 0, sent: 2, failed: 0 });
  });

  it('on a network error the whole queue waits out the backoff, then resumes with the same item', async () => {
    dossier('A');
    dossier('B');
    let down = true;
    const { w, calls } = worker((call) => (down ? 'network' : ack(call)));
    const r = await w.step();
    expect(r).toMatchObject({ kind: 'retry', reason: 'network: ECONNREFUSED', pausedUntil: fx.clock.now().getTime() + 500 });
    expect(await w.step()).toMatchObject({ kind: 'paused' });
    expect(calls).toHaveLength(1);
    fx.clock.advance(500);
    down = false;
    await w.step();
    await w.step();
    expect(calls.map((c) => c.key)).toEqual(['A', 'A', 'B']);
    expect(new OutboxStore(fx.db).byKey('A')).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('backs off exponentially per attempt and honours Retry-After on 503 and 429', async () => {
    dossier('A');
    const answers: Answer[] = [
      { status: 503 },
      { status: 503 },
      { status: 429, headers: { 'Retry-After': '30' } },
      { status: 408 },
      { status: 502 },
      { status: 504 },
    ];
    const { w } = worker((call, n) => answers[n - 1] ?? ack(call));
    const waits: number[] = [];
    for (let i = 0; i < answers.length; i++) {
      const r = await w.step();
      if (r.kind !== 'retry' || r.pausedUntil === null) throw new Error(`expected a paused retry, got ${r.kind}`);
      waits.push(r.pausedUntil - fx.clock.now().getTime());
      fx.clock.advance(r.pausedUntil - fx.clock.now().getTime());
    }
    expect(waits).toEqual([500, 1000, 30_000, 4000, 8000, 16_000]);
    expect((await w.step()).kind).toBe('sent');
  });

  it('a request that never answers times out and retries', async () => {
    dossier('A');
    const { w, timers } = worker(() => 'hang');
    const pending = w.step();
    await new Promise((r) => setImmediate(r));
    timers.fireAll();
    expect(await pending).toMatchObject({ kind: 'retry', reason: 'timeout: no answer within 5000 ms' });
  });

  it('other 4xx mark the item failed with the reason and never block the next item', async () => {
    dossier('BAD');
    dossier('GOOD');
    const { w, calls } = worker((call) =>
      call.key === 'BAD' ? { status: 422, body: { error: 'applicant.citizenId invalid' } } : ack(call),
    );
    expect(await w.step()).toMatchObject({ kind: 'failed', reason: 'HTTP 422: {"error":"applicant.citizenId invalid"}' });
    expect((await w.step()).kind).toBe('sent');
    expect(calls.map((c) => c.key)).toEqual(['BAD', 'GOOD']);
    const store = new OutboxStore(fx.db);
    expect(store.byKey('BAD')).toMatchObject({ state: 'failed', lastStatus: 422 });
    expect(store.retry({ key: 'BAD' }, fx.clock.now().toISOString())).toBe(1);
    expect(store.byKey('BAD')).toMatchObject({ state: 'pending' });
  });

  it('an item that alone gets 500 backs off by itself while later items go on', async () => {
    dossier('POISON');
    dossier('B');
    dossier('C');
    const { w, calls } = worker((call) => (call.key === 'POISON' ? { status: 500 } : ack(call)));
    expect(await w.step()).toMatchObject({ kind: 'retry', pausedUntil: null });
    expect((await w.step()).kind).toBe('sent');
    expect((await w.step()).kind).toBe('sent');
    expect(await w.step()).toMatchObject({ kind: 'idle', nextAt: fx.clock.now().getTime() + 500 });
    expect(calls.map((c) => c.key)).toEqual(['POISON', 'B', 'C']);
  });

  it('three 500s in a row pause the queue: the server is sick, not the items', async () => {
    for (const c of ['A', 'B', 'C', 'D']) dossier(c);
    const { w } = worker(() => ({ status: 500 }));
    expect(await w.step()).toMatchObject({ kind: 'retry', pausedUntil: null });
    expect(await w.step()).toMatchObject({ kind: 'retry', pausedUntil: null });
    const third = await w.step();
    expect(third.kind === 'retry' && third.pausedUntil !== null).toBe(true);
    expect((await w.step()).kind).toBe('paused');
  });

  it('a 2xx answer it cannot read is retried under the same key', async () => {
    dossier('A');
    const { w, calls } = worker((call, n) => (n === 1 ? { status: 201, body: { hello: 1 } } : ack(call)));
    expect(await w.step()).toMatchObject({ kind: 'retry', reason: 'HTTP 201: answer is not {code, receivedAt, reference}' });
    fx.clock.advance(1000);
    expect((await w.step()).kind).toBe('sent');
    expect(calls.map((c) => c.key)).toEqual(['A', 'A']);
  });

  it('sends events in batches with a batch key kept across retries', async () => {
    fx.db.transaction(() => {
      for (let i = 0; i < 5; i++) enqueueEvent(fx.db, { type: 'ticket.issued', occurredAt: '2026-03-02T02:00:00.000Z', data: { n: i } });
    })();
    const { w, calls } = worker((call, n) => (n === 1 ? { status: 503 } : ack(call)));
    await w.step();
    fx.clock.advance(1000);
    expect((await w.step()).kind).toBe('sent');
    expect(calls).toHaveLength(2);
    expect(calls[0]?.key).toMatch(/^batch-/);
    expect(calls[1]?.key).toBe(calls[0]?.key);
    expect(calls[1]?.body).toBe(calls[0]?.body);
    expect((JSON.parse(calls[0]?.body ?? '').events as { data: { n: number } }[]).map((e) => e.data.n)).toEqual([0, 1, 2, 3, 4]);
  });

  it('a refused batch is split so only the bad event fails', async () => {
    fx.db.transaction(() => {
      for (let i = 0; i < 3; i++) enqueueEvent(fx.db, { type: 'rating.submitted', occurredAt: '2026-03-02T02:00:00.000Z', data: { n: i } });
    })();
    const { w, calls } = worker((call) => (call.body.includes('"n":1') ? { status: 400 } : ack(call)));
    expect((await w.step()).kind).toBe('split');
    expect((await w.step()).kind).toBe('sent');
    expect((await w.step()).kind).toBe('failed');
    expect((await w.step()).kind).toBe('sent');
    expect(calls).toHaveLength(4);
    expect(w.counts()).toEqual({ pending: 0, sending: 0, sent: 2, failed: 1 });
  });

  it('an event enqueued in a transaction that rolls back is not stored; a bad event throws', () => {
    expect(() =>
      fx.db.transaction(() => {
        enqueueEvent(fx.db, { type: 'ticket.issued', occurredAt: '2026-03-02T02:00:00.000Z', data: {} });
        throw new Error('the ticket could not be stored');
      })(),
    ).toThrow('the ticket could not be stored');
    expect(() => enqueueEvent(fx.db, { type: 'Ticket Issued', occurredAt: 'yesterday', data: {} })).toThrow(/event: type/);
    expect(new OutboxStore(fx.db).counts()).toEqual({ pending: 0, sending: 0, sent: 0, failed: 0 });
  });

  it('items left sending by a crash are pending again after recover()', async () => {
    dossier('A');
    const store = new OutboxStore(fx.db);
    const head = store.nextDue(fx.clock.now().getTime());
    if (!head) throw new Error('no head');
    store.claim(head, fx.clock.now().getTime(), fx.clock.now().toISOString(), 10);
    expect(store.counts().sending).toBe(1);
    const { w } = worker(ack);
    expect(w.recover()).toBe(1);
    expect((await w.step()).kind).toBe('sent');
  });

  it('kick() forgets every backoff and tries at once', async () => {
    dossier('A');
    let down = true;
    const { w } = worker((call) => (down ? 'network' : ack(call)));
    await w.step();
    expect(w.isPaused()).toBe(true);
    down = false;
    w.kick();
    expect((await w.step()).kind).toBe('sent');
  });
});
