import { afterEach, describe, expect, it } from 'vitest';
import { dossierBody, kioskClient, startTestCenter, type TestCenter } from '../../support/center-app';
import { CENTER_ENGINES } from '../../support/center-databases';

describe.each(CENTER_ENGINES)('kiosk enrolment and tokens on %s', (kind) => {
  const centers: TestCenter[] = [];
  afterEach(async () => {
    await Promise.all(centers.splice(0).map((c) => c.close()));
  });
  const start = async (dbUrl?: string) => {
    const c = await startTestCenter(kind, dbUrl ? { dbUrl } : {});
    centers.push(c);
    return c;
  };
  const enrol = (center: TestCenter, code: string, kioskId: string) =>
    fetch(`${center.url}/api/v1/enrol`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, kioskId }),
    });

  it('trades a code once for a token of its own, stored only as a hash', async () => {
    const center = await start();
    const { code } = await center.store.kiosks.issueEnrolment('xa-ta-phin', 'admin', new Date());
    const first = await enrol(center, code.toLowerCase(), 'k1');
    expect(first.status).toBe(201);
    const answer = (await first.json()) as { token: string; communeId: string };
    expect(answer.communeId).toBe('xa-ta-phin');
    expect((await enrol(center, code, 'k2')).status).toBe(403);
    const rows = await center.store.engine.all<{ token_hash: string }>('SELECT token_hash FROM kiosks');
    expect(rows.map((r) => r.token_hash)).not.toContain(answer.token);
    const codes = await center.store.engine.all<{ code_hash: string }>('SELECT code_hash FROM enrolment_codes');
    expect(codes.map((r) => r.code_hash)).not.toContain(code);
    expect((await kioskClient(center.url, 'k1', answer.token).call('GET', '/api/v1/dossiers/X/status')).status).toBe(404);
  });

  it('refuses unknown and expired codes and bad kiosk ids', async () => {
    const center = await start();
    expect((await enrol(center, 'AAAA-BBBB-CCCC-DDDD', 'k1')).status).toBe(403);
    const old = await center.store.kiosks.issueEnrolment('xa-ta-phin', 'admin', new Date(Date.now() - 8 * 24 * 3600_000));
    const expired = await enrol(center, old.code, 'k1');
    expect(expired.status).toBe(403);
    expect(JSON.stringify(await expired.json())).toContain('expired');
    const fresh = await center.store.kiosks.issueEnrolment('xa-ta-phin', 'admin', new Date());
    expect((await enrol(center, fresh.code, 'bad id; drop')).status).toBe(422);
    expect(await center.store.kiosks.fleet(null)).toEqual([]);
  });

  it('refuses a revoked token at once, on every center instance', async () => {
    const a = await start();
    const b = kind === 'postgres' ? await start(a.dbUrl) : a;
    const kiosk = await a.enrolKiosk('k1');
    expect((await kiosk.call('GET', '/api/v1/dossiers/X/status')).status).toBe(404);
    expect(await a.store.kiosks.revoke('k1', new Date())).toBe(true);
    for (const center of [a, b]) {
      const res = await kioskClient(center.url, 'k1', kiosk.token).call('GET', '/api/v1/dossiers/X/status');
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    }
  });

  it('re-enrolling a kiosk replaces its token; the same id in another commune is refused and the code kept', async () => {
    const center = await start();
    const old = await center.enrolKiosk('k1');
    const renewed = await center.enrolKiosk('k1');
    expect((await old.call('GET', '/api/v1/dossiers/X/status')).status).toBe(401);
    expect((await renewed.call('GET', '/api/v1/dossiers/X/status')).status).toBe(404);
    const elsewhere = await center.store.kiosks.issueEnrolment('phuong-ba-dinh', 'admin', new Date());
    expect((await enrol(center, elsewhere.code, 'k1')).status).toBe(409);
    expect((await enrol(center, elsewhere.code, 'k9')).status).toBe(201);
  });

  it('refuses a token presented under another kiosk id', async () => {
    const center = await start();
    const k1 = await center.enrolKiosk('k1');
    await center.enrolKiosk('k2');
    expect((await kioskClient(center.url, 'k2', k1.token).call('GET', '/api/v1/dossiers/X/status')).status).toBe(403);
  });

  it('stores no dossier from a revoked token, a token under another id, or a bad body without a token', async () => {
    const center = await start();
    const k1 = await center.enrolKiosk('k1');
    await center.enrolKiosk('k2');
    const body = dossierBody({ kioskId: 'k1' });
    const as = (id: string) => kioskClient(center.url, id, k1.token);
    expect((await as('k2').call('POST', '/api/v1/dossiers', { body, key: body.code })).status).toBe(403);
    const anonymous = await fetch(`${center.url}/api/v1/dossiers`, { method: 'POST', body: '{"code":' });
    expect(anonymous.status).toBe(401);
    expect(await center.store.kiosks.revoke('k1', new Date())).toBe(true);
    expect((await as('k1').call('POST', '/api/v1/dossiers', { body, key: body.code })).status).toBe(401);
    expect((await as('k1').call('POST', '/api/v1/dossiers', { body: '{"code":', key: body.code })).status).toBe(401);
    expect(await center.store.dossiers.count()).toBe(0);
  });

  it('records last contact, and version, backlog and devices from kiosk.health events (newest wins)', async () => {
    const center = await start();
    const kiosk = await center.enrolKiosk('k1');
    await kiosk.call('GET', '/api/v1/dossiers/X/status');
    const health = (id: string, at: string, backlog: number, printer: string) => ({
      id,
      type: 'kiosk.health',
      occurredAt: at,
      data: { appVersion: '1.4.0', backlog, devices: { printer, scanner: 'ready' } },
    });
    await kiosk.call('POST', '/api/v1/events', { body: { events: [health('h2', '2026-12-06T02:00:00.000Z', 3, 'no-paper')] }, key: 'b2' });
    await kiosk.call('POST', '/api/v1/events', { body: { events: [health('h1', '2026-12-06T01:00:00.000Z', 40, 'ready')] }, key: 'b1' });
    const [k1] = await center.store.kiosks.fleet('xa-ta-phin');
    expect(k1).toMatchObject({ id: 'k1', appVersion: '1.4.0', backlog: 3, devices: { printer: 'no-paper', scanner: 'ready' } });
    // Last contact is written off the request's path, within a second.
    await expect.poll(async () => (await center.store.kiosks.fleet('xa-ta-phin'))[0]?.lastContactAt, { timeout: 10_000 }).toBeTruthy();
    expect(await center.store.kiosks.fleet('phuong-ba-dinh')).toEqual([]);
  });
});
