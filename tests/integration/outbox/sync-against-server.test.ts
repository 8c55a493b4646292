import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDossierCode } from '../../../src-main/core/dossiers/dossier-code';
import { systemTimers } from '../../../src-main/core/outbox/center-client';
import { enqueueDossier, enqueueEvent } from '../../../src-main/core/outbox/enqueue';
import { OutboxStore } from '../../../src-main/core/outbox/outbox-store';
import { SyncWorker } from '../../../src-main/core/outbox/sync-worker';
import { type CenterServer, startCenterServer } from '../../support/center-server';
import { outboxFixture } from '../../unit/outbox/outbox-helpers';

const policy = { baseMs: 1000, capMs: 60_000, maxRetryAfterMs: 3_600_000 };

/** A port nobody listens on: bind one, note it, close it. */
async function deadPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe('sync worker against the reference center server (real sockets)', () => {
  let fx: ReturnType<typeof outboxFixture>;
  let server: CenterServer;
  let url: string;
  let token = 'kiosk-token';

  beforeEach(async () => {
    fx = outboxFixture();
    server = await startCenterServer({ token: 'kiosk-token' });
    url = server.url;
    token = 'kiosk-token';
  });
  afterEach(async () => {
    await server.close();
    fx.close();
  });

  const worker = (timeoutMs = 5000) =>
    new SyncWorker({
      db: fx.db,
      fetch: (u, i) => fetch(u, i),
      clock: fx.clock,
      timers: systemTimers,
      random: () => 0,
      log: fx.log,
      endpoint: () => ({ url, token, kioskId: 'K-TEST' }),
      backoff: policy,
      requestTimeoutMs: timeoutMs,
    });

  const dossier = (procedureCode = '1.001193') => {
    const code = generateDossierCode(fx.clock.now());
    enqueueDossier(fx.db, { code, body: { code, procedureCode, applicant: { fullName: 'x' } }, submittedAt: fx.clock.now().toISOString() });
    return code;
  };
  const store = () => new OutboxStore(fx.db);

  it('delivers dossiers and events; the server stores each once', async () => {
    const a = dossier();
    const b = dossier();
    fx.db.transaction(() => {
      enqueueEvent(fx.db, { type: 'ticket.issued', occurredAt: '2026-03-02T02:00:00.000Z', data: { number: 'A-001' } });
      enqueueEvent(fx.db, { type: 'rating.submitted', occurredAt: '2026-03-02T02:01:00.000Z', data: { score: 5 } });
    })();
    const w = worker();
    const kinds = [];
    for (let i = 0; i < 4; i++) kinds.push((await w.step()).kind);
    expect(kinds).toEqual(['sent', 'sent', 'sent', 'idle']);
    expect(server.store.allDossiers().map((d) => d.code)).toEqual([a, b]);
    expect(server.store.allDossiers()[0]?.kioskId).toBe('K-TEST');
    expect(server.store.allEvents().map((e) => e.type)).toEqual(['ticket.issued', 'rating.submitted']);
    expect(JSON.parse(store().byKey(a)?.payload ?? '{}')).toMatchObject({ code: a });
  });

  it('sending the same dossier again gets the first record back (200), never a second one', async () => {
    const a = dossier();
    const w = worker();
    await w.step();
    const first = store().byKey(a);
    fx.db.prepare(`UPDATE outbox SET state = 'pending' WHERE idempotency_key = ?`).run(a);
    await w.step();
    const second = store().byKey(a);
    expect(first?.lastStatus).toBe(201);
    expect(second?.lastStatus).toBe(200);
    expect(server.store.allDossiers()).toHaveLength(1);
  });

  it('--status 503 with Retry-After: waits as told, then delivers when the server is back', async () => {
    const a = dossier();
    server.setFaults({ status: 503, retryAfterS: 7 });
    const w = worker();
    const r = await w.step();
    expect(r).toMatchObject({ kind: 'retry', reason: expect.stringMatching(/^HTTP 503/) });
    expect(r.kind === 'retry' && r.pausedUntil).toBe(fx.clock.now().getTime() + 7000);
    expect(store().byKey(a)).toMatchObject({ state: 'pending', attempts: 1, lastStatus: 503 });
    server.setFaults({ status: null, retryAfterS: null });
    fx.clock.advance(7000);
    expect((await w.step()).kind).toBe('sent');
  });

  it.each([500, 502, 504, 429, 408])('HTTP %i is retried, then delivered exactly once', async (status) => {
    const a = dossier();
    server.setFaults({ failRate: 1, failStatus: status });
    const w = worker();
    const r = await w.step();
    expect(r).toMatchObject({ kind: 'retry', reason: expect.stringMatching(new RegExp(`^HTTP ${status}`)) });
    server.setFaults({ failRate: 0 });
    fx.clock.advance(60_000);
    w.kick();
    expect((await w.step()).kind).toBe('sent');
    expect(server.store.allDossiers().map((d) => d.code)).toEqual([a]);
  });

  it('a slow server times out and the retry is answered from the first record', async () => {
    const a = dossier();
    server.setFaults({ delayMs: 400 });
    const w = worker(100);
    expect(await w.step()).toMatchObject({ kind: 'retry', reason: 'timeout: no answer within 100 ms' });
    server.setFaults({ delayMs: 0 });
    // The slow request still lands on the server after we gave up on it: wait until it has.
    await vi.waitFor(() => expect(server.store.allDossiers()).toHaveLength(1), { timeout: 10_000, interval: 20 });
    fx.clock.advance(1000);
    expect((await w.step()).kind).toBe('sent');
    expect(store().byKey(a)?.lastStatus).toBe(200);
    expect(server.store.allDossiers()).toHaveLength(1);
  });

  it('a dropped connection (before or after the server stored it) is retried without a duplicate', async () => {
    const a = dossier();
    const b = dossier();
    const w = worker();
    server.setFaults({ dropRate: 1 });
    const r1 = await w.step();
    expect(r1).toMatchObject({ kind: 'retry', reason: expect.stringMatching(/^network: /) });
    fx.clock.advance(1000);
    const r2 = await w.step();
    expect(r2.kind).toBe('retry');
    server.setFaults({ dropRate: 0 });
    fx.clock.advance(2000);
    await w.step();
    await w.step();
    expect(
      server.store
        .allDossiers()
        .map((d) => d.code)
        .sort(),
    ).toEqual([a, b].sort());
    const { faults } = server.store.requestStats();
    expect((faults['drop-before'] ?? 0) + (faults['drop-after'] ?? 0)).toBe(2);
  });

  it('no server listening: a network error, retried later', async () => {
    dossier();
    url = `http://127.0.0.1:${await deadPort()}`;
    const r = await worker().step();
    expect(r).toMatchObject({ kind: 'retry', reason: 'network: ECONNREFUSED' });
  });

  it('401 (wrong token) is a permanent failure with the reason; a technician retries after fixing it', async () => {
    const a = dossier();
    token = 'wrong';
    const w = worker();
    expect(await w.step()).toMatchObject({ kind: 'failed', reason: 'HTTP 401: {"error":"missing or wrong kiosk token"}' });
    expect(await w.step()).toMatchObject({ kind: 'idle', nextAt: null });
    expect(store().byKey(a)).toMatchObject({ state: 'failed', lastStatus: 401 });
    token = 'kiosk-token';
    expect(store().retry({ allFailed: true }, fx.clock.now().toISOString())).toBe(1);
    expect((await w.step()).kind).toBe('sent');
  });

  it('a refused dossier (422) is set aside and the rest goes on', async () => {
    const bad = 'NOT-A-CODE';
    enqueueDossier(fx.db, { code: bad, body: { code: bad, procedureCode: 'x', applicant: {} }, submittedAt: 'x' });
    const good = dossier();
    const w = worker();
    expect(await w.step()).toMatchObject({ kind: 'failed', reason: 'HTTP 422: {"error":"not a valid dossier code"}' });
    expect((await w.step()).kind).toBe('sent');
    expect(server.store.allDossiers().map((d) => d.code)).toEqual([good]);
    expect(store().counts()).toEqual({ pending: 0, sending: 0, sent: 1, failed: 1 });
  });

  it('a code another kiosk already used is refused with 409, never merged', async () => {
    const a = dossier();
    await fetch(`${url}/api/v1/dossiers`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'X-Kiosk-Id': 'OTHER', 'Idempotency-Key': a, 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: a, procedureCode: '1.000001', applicant: {} }),
    });
    expect(await worker().step()).toMatchObject({ kind: 'failed', reason: expect.stringMatching(/^HTTP 409/) });
  });

  it('event batches survive drops without duplicates (server dedups by batch key)', async () => {
    fx.db.transaction(() => {
      for (let i = 0; i < 30; i++) enqueueEvent(fx.db, { type: 'ticket.called', occurredAt: '2026-03-02T02:00:00.000Z', data: { i } });
    })();
    const w = new SyncWorker({
      db: fx.db,
      fetch: (u, i) => fetch(u, i),
      clock: fx.clock,
      timers: systemTimers,
      random: () => 0,
      log: fx.log,
      endpoint: () => ({ url, token, kioskId: 'K-TEST' }),
      backoff: policy,
      batchSize: 10,
    });
    server.setFaults({ dropRate: 0.5 });
    for (let i = 0; i < 200 && w.counts().pending > 0; i++) {
      await w.step();
      fx.clock.advance(120_000);
    }
    expect(w.counts()).toMatchObject({ pending: 0, sent: 30 });
    expect(server.store.allEvents().map((e) => (e.data as { i: number }).i)).toHaveLength(30);
  });
});
