import { afterEach, describe, expect, it } from 'vitest';
import { CenterStatusAnswer } from '../../../src-main/api/center/center-wire';
import { type CenterKiosk, dossierBody, startTestCenter, type TestCenter } from '../../support/center-app';
import { CENTER_ENGINES } from '../../support/center-databases';

describe.each(CENTER_ENGINES)('the center contract on %s', (kind) => {
  let center: TestCenter;
  let kiosk: CenterKiosk;
  afterEach(async () => {
    await center?.close();
  });
  const start = async () => {
    center = await startTestCenter(kind);
    kiosk = await center.enrolKiosk('k1');
  };

  it('answers health without a token and refuses the rest without one', async () => {
    await start();
    expect(await (await fetch(`${center.url}/api/v1/health`)).json()).toEqual({ status: 'ok' });
    const res = await fetch(`${center.url}/api/v1/dossiers/X/status`, { headers: { 'X-Kiosk-Id': 'k1' } });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  });

  it('stores a dossier once: 201, then 200 with the same body on every retry', async () => {
    await start();
    const body = dossierBody();
    const first = await kiosk.call('POST', '/api/v1/dossiers', { body, key: body.code });
    expect(first.status).toBe(201);
    const ack = (await first.json()) as { code: string; receivedAt: string; reference: string };
    expect(ack.code).toBe(body.code);
    expect(ack.reference).toMatch(/^HS-\d{8}-\d{6}$/);
    const again = await Promise.all([1, 2, 3].map(() => kiosk.call('POST', '/api/v1/dossiers', { body, key: body.code })));
    for (const res of again) {
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(ack);
    }
    expect(await center.store.dossiers.count()).toBe(1);
  });

  it('refuses a reused key with another body, another kiosk, a bad code, or a body that is not a dossier', async () => {
    await start();
    const other = await center.enrolKiosk('k2');
    const body = dossierBody();
    expect((await kiosk.call('POST', '/api/v1/dossiers', { body, key: body.code })).status).toBe(201);
    expect((await kiosk.call('POST', '/api/v1/dossiers', { body: { ...body, procedureCode: '2.000001' }, key: body.code })).status).toBe(
      422,
    );
    expect((await other.call('POST', '/api/v1/dossiers', { body, key: body.code })).status).toBe(409);
    expect((await kiosk.call('POST', '/api/v1/dossiers', { body: { ...body, code: 'ABC' }, key: 'ABC' })).status).toBe(422);
    const fresh = dossierBody();
    expect((await kiosk.call('POST', '/api/v1/dossiers', { body: '{"code":', key: fresh.code })).status).toBe(400);
    expect((await kiosk.call('POST', '/api/v1/dossiers', { body: { code: fresh.code }, key: fresh.code })).status).toBe(422);
    expect((await kiosk.call('POST', '/api/v1/dossiers', { body: fresh })).status).toBe(400);
    expect(await center.store.dossiers.count()).toBe(1);
  });

  it('tells the status of a dossier, with its history, and 404 for an unknown code', async () => {
    await start();
    const body = dossierBody();
    await kiosk.call('POST', '/api/v1/dossiers', { body, key: body.code });
    const res = await kiosk.call('GET', `/api/v1/dossiers/${body.code}/status`);
    expect(res.status).toBe(200);
    const status = CenterStatusAnswer.parse(await res.json());
    expect(status).toMatchObject({ code: body.code, status: 'submitted', note: '', payment: 'unpaid', tracking: null });
    expect(status.history?.map((h) => h.step)).toEqual(['submitted']);
    expect(JSON.stringify(status)).not.toContain('Nguyễn');
    expect((await kiosk.call('GET', `/api/v1/dossiers/${dossierBody().code}/status`)).status).toBe(404);
  });

  it('keeps an event batch once per Idempotency-Key, and each event once', async () => {
    await start();
    const events = [
      { id: 'e1', type: 'rating.submitted', occurredAt: '2026-12-06T01:00:00.000Z', data: { score: 4, flow: 'dossier' } },
      { id: 'e2', type: 'ticket.issued', occurredAt: '2026-12-06T01:00:01.000Z', data: { number: 1 } },
    ];
    const first = await kiosk.call('POST', '/api/v1/events', { body: { events }, key: 'batch-1' });
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ accepted: 2 });
    const again = await kiosk.call('POST', '/api/v1/events', { body: { events }, key: 'batch-1' });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ accepted: 2 });
    // The same events re-batched under a new key (the kiosk crashed between batches) stay single.
    expect((await kiosk.call('POST', '/api/v1/events', { body: { events }, key: 'batch-2' })).status).toBe(201);
    expect((await kiosk.call('POST', '/api/v1/events', { body: { events: [events[0]] }, key: 'batch-1' })).status).toBe(422);
    expect((await kiosk.call('POST', '/api/v1/events', { body: { events: [] }, key: 'batch-3' })).status).toBe(422);
    expect(await center.store.events.count()).toBe(2);
  });

  it('serves the published catalog by ETag, 304 when unchanged', async () => {
    await start();
    expect((await kiosk.call('GET', '/api/v1/catalog')).status).toBe(404);
    const text = JSON.stringify({ version: '2026.12.01', procedures: [] });
    const imported = await center.store.catalogs.import(text, '2026.12.01', 0, 'admin', new Date());
    await center.store.catalogs.publish(imported.etag, new Date());
    const res = await kiosk.call('GET', '/api/v1/catalog');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(text);
    const etag = res.headers.get('etag') ?? '';
    expect(etag).toBe(imported.etag);
    expect((await kiosk.call('GET', '/api/v1/catalog', { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('refuses a body over the size limit without storing anything', async () => {
    await start();
    const body = dossierBody({ form: { note: 'x'.repeat(1_100_000) } });
    const res = await kiosk.call('POST', '/api/v1/dossiers', { body, key: body.code });
    expect(res.status).toBe(413);
    expect(await center.store.dossiers.count()).toBe(0);
  });

  it('keeps its data across a restart of the center', async () => {
    await start();
    const body = dossierBody();
    const ack = await (await kiosk.call('POST', '/api/v1/dossiers', { body, key: body.code })).json();
    const dbUrl = center.dbUrl;
    await center.close();
    center = await startTestCenter(kind, { dbUrl });
    const again = await fetch(`${center.url}/api/v1/dossiers`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${kiosk.token}`, 'X-Kiosk-Id': 'k1', 'Idempotency-Key': body.code },
      body: JSON.stringify(body),
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(ack);
  });
});
