import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CenterStatusAnswer } from '../../../src-main/api/center/center-wire';
import type { DossierDetail, InboxItem, OfficeStats } from '../../../src-main/api/center/office';
import { fakeClock } from '../../../src-main/api/center-clock';
import { defaultBundledCatalogFile } from '../../../src-main/core/catalog/bundled-catalog';
import { dossierBody, officeLogin, startTestCenter, type TestCenter } from '../../support/center-app';
import { CENTER_ENGINES } from '../../support/center-databases';

const POST = {
  method: 'post',
  address: { recipient: 'Nguyễn Thị Lan', phone: '0912345678', street: 'Thôn 3', ward: 'Xã Tả Phìn', province: 'Lào Cai' },
};

describe.each(CENTER_ENGINES)('the back office API on %s', (kind) => {
  let center: TestCenter;
  afterEach(async () => {
    await center?.close();
  });

  async function withDossier(overrides: Record<string, unknown> = {}) {
    center = await startTestCenter(kind);
    const kiosk = await center.enrolKiosk('k1');
    const body = dossierBody(overrides);
    expect((await kiosk.call('POST', '/api/v1/dossiers', { body, key: body.code })).status).toBe(201);
    return { kiosk, code: body.code };
  }

  it('signs staff in with a password it never logs, and refuses a wrong one', async () => {
    center = await startTestCenter(kind);
    await officeLogin(center, { username: 'lan', role: 'reception', communeId: 'xa-ta-phin', password: 'Secret-Password-42' });
    const wrong = await fetch(`${center.url}/office/api/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'lan', password: 'Wrong-Password-43' }),
    });
    expect(wrong.status).toBe(401);
    expect((await fetch(`${center.url}/office/api/me`)).status).toBe(401);
    const logged = JSON.stringify(center.logs);
    expect(logged).not.toContain('Secret-Password-42');
    expect(logged).not.toContain('Wrong-Password-43');
    const [row] = await center.store.engine.all<{ password_hash: string }>('SELECT password_hash FROM staff');
    expect(row?.password_hash).toMatch(/^scrypt\$/);
  });

  it('moves a dossier through the one-stop steps and the kiosk reads each with its time', async () => {
    const { kiosk, code } = await withDossier({ delivery: POST });
    const lan = await officeLogin(center, { username: 'lan', role: 'reception', communeId: 'xa-ta-phin' });
    const inbox = await lan.json<InboxItem[]>('GET', '/office/api/dossiers?status=submitted');
    expect(inbox.map((d) => [d.code, d.applicantName, d.dueDate])).toEqual([[code, 'Nguyễn Thị Lan', '2026-12-10']]);
    await lan.json('POST', `/office/api/dossiers/${code}/steps`, { to: 'received' });
    expect((await lan.call('POST', `/office/api/dossiers/${code}/steps`, { to: 'needs-info', note: '' })).status).toBe(422);
    await lan.json('POST', `/office/api/dossiers/${code}/steps`, { to: 'needs-info', note: 'Thiếu bản sao giấy chứng sinh' });
    await lan.json('POST', `/office/api/dossiers/${code}/steps`, { to: 'processing' });
    expect((await lan.call('POST', `/office/api/dossiers/${code}/steps`, { to: 'delivered' })).status).toBe(409);
    const detail = await lan.json<DossierDetail>('POST', `/office/api/dossiers/${code}/steps`, { to: 'ready', tracking: 'EB123456789VN' });
    expect(detail.history.map((h) => [h.step, h.staffName])).toEqual([
      ['submitted', null],
      ['received', 'lan'],
      ['needs-info', 'lan'],
      ['processing', 'lan'],
      ['ready', 'lan'],
    ]);
    expect(detail.nextSteps).toEqual(['delivered']);
    await lan.json('POST', `/office/api/dossiers/${code}/paid`);
    const status = CenterStatusAnswer.parse(await (await kiosk.call('GET', `/api/v1/dossiers/${code}/status`)).json());
    expect(status).toMatchObject({ status: 'ready', tracking: 'EB123456789VN', payment: 'paid' });
    expect(status.history?.map((h) => h.step)).toEqual(['submitted', 'received', 'needs-info', 'processing', 'ready']);
    expect(status.history?.[2]?.note).toBe('Thiếu bản sao giấy chứng sinh');
    expect(JSON.stringify(status)).not.toMatch(/Nguyễn|0912345678|lan/);
  });

  it('shows personal data to the commune own staff only; another commune sees nothing, the province no names', async () => {
    const { code } = await withDossier();
    const other = await officeLogin(center, { username: 'minh', role: 'reception', communeId: 'phuong-ba-dinh' });
    expect(await other.json<InboxItem[]>('GET', '/office/api/dossiers')).toEqual([]);
    expect((await other.call('GET', `/office/api/dossiers/${code}`)).status).toBe(404);
    expect((await other.call('POST', `/office/api/dossiers/${code}/steps`, { to: 'received' })).status).toBe(404);
    const admin = await officeLogin(center, { username: 'tinh', role: 'admin' });
    const [item] = await admin.json<InboxItem[]>('GET', '/office/api/dossiers');
    expect(item?.applicantName).toBeNull();
    const detail = await admin.json<DossierDetail>('GET', `/office/api/dossiers/${code}`);
    expect(detail.applicant).toBeNull();
    expect(detail.form).toBeNull();
    expect(JSON.stringify(detail)).not.toContain('Nguyễn');
    expect((await admin.call('POST', `/office/api/dossiers/${code}/steps`, { to: 'received' })).status).toBe(404);
  });

  it('names the form fields and chosen options by the catalog: bundled, then the published one; an unknown field by its id', async () => {
    const { code } = await withDossier({ procedureCode: '1.001193', form: { extra: 'x', childGender: 'nu', childName: 'Lò Văn Minh' } });
    const lan = await officeLogin(center, { username: 'lan', role: 'reception', communeId: 'xa-ta-phin' });
    const fields = async () => (await lan.json<DossierDetail>('GET', `/office/api/dossiers/${code}`)).formFields;
    expect(await fields()).toEqual([
      {
        id: 'childName',
        label: { vi: 'Họ, chữ đệm và tên của trẻ', en: "Child's full name", ar: 'الاسم الكامل للطفل', pl: 'Imię i nazwisko dziecka' },
        type: 'text',
        value: 'Lò Văn Minh',
        valueLabel: null,
      },
      {
        id: 'childGender',
        label: { vi: 'Giới tính', en: 'Sex', ar: 'الجنس', pl: 'Płeć' },
        type: 'select',
        value: 'nu',
        valueLabel: { vi: 'Nữ', en: 'Female', ar: 'أنثى', pl: 'Kobieta' },
      },
      { id: 'extra', label: null, type: null, value: 'x', valueLabel: null },
    ]);
    const bundled = JSON.parse(readFileSync(defaultBundledCatalogFile(), 'utf8')) as {
      version: string;
      procedures: { code: string; formFields: { id: string; label: { vi: string } }[] }[];
    };
    const birth = bundled.procedures.find((p) => p.code === '1.001193');
    for (const f of birth?.formFields ?? []) if (f.id === 'childName') f.label = { vi: 'Tên khai sinh của trẻ' };
    const text = JSON.stringify({ ...bundled, version: '2026.12.1' });
    const stored = await center.store.catalogs.import(text, '2026.12.1', bundled.procedures.length, 'tinh', new Date());
    expect(await center.store.catalogs.publish(stored.etag, new Date())).toBe(true);
    expect((await fields())?.[0]).toMatchObject({ id: 'childName', label: { vi: 'Tên khai sinh của trẻ' } });
  });

  it('filters the inbox by due date and procedure', async () => {
    const { kiosk } = await withDossier({ expectedResultDate: '2020-01-02' });
    const late = (await center.store.inbox.list(null, { limit: 10 }, '2026-01-01'))[0];
    const soon = dossierBody({ expectedResultDate: '2999-01-01', procedureCode: '2.000002' });
    await kiosk.call('POST', '/api/v1/dossiers', { body: soon, key: soon.code });
    const lan = await officeLogin(center, { username: 'lan', role: 'reception', communeId: 'xa-ta-phin' });
    expect((await lan.json<InboxItem[]>('GET', '/office/api/dossiers?due=overdue')).map((d) => d.code)).toEqual([late?.code]);
    expect((await lan.json<InboxItem[]>('GET', '/office/api/dossiers?procedure=2.000002')).map((d) => d.code)).toEqual([soon.code]);
    expect((await lan.call('GET', '/office/api/dossiers?status=bogus')).status).toBe(400);
  });

  it("files a dossier under the commune's day, not UTC's: the inbox filter and the reference", async () => {
    // 06:30 on 7 December in Viet Nam is 23:30 UTC on the 6th.
    center = await startTestCenter(kind, { clock: fakeClock('2026-12-06T23:30:00.000Z') });
    const kiosk = await center.enrolKiosk('k1');
    const body = dossierBody();
    expect((await kiosk.call('POST', '/api/v1/dossiers', { body, key: body.code })).status).toBe(201);
    const lan = await officeLogin(center, { username: 'lan', role: 'reception', communeId: 'xa-ta-phin' });
    const codes = async (from: string, to: string) =>
      (await lan.json<InboxItem[]>('GET', `/office/api/dossiers?from=${from}&to=${to}`)).map((d) => d.code);
    expect(await codes('2026-12-07', '2026-12-07')).toEqual([body.code]);
    expect(await codes('2026-12-06', '2026-12-06')).toEqual([]);
    expect(await codes('2026-12-01', '2026-12-07')).toEqual([body.code]);
    // Its reference names the day it arrived there too.
    const [item] = await lan.json<InboxItem[]>('GET', '/office/api/dossiers');
    expect(item?.reference).toMatch(/^HS-20261207-\d{6}$/);
  });

  it('refuses cross-site requests and non-JSON posts', async () => {
    const { code } = await withDossier();
    const lan = await officeLogin(center, { username: 'lan', role: 'reception', communeId: 'xa-ta-phin' });
    expect(
      (await lan.call('POST', `/office/api/dossiers/${code}/steps`, { to: 'received' }, { Origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect((await lan.call('POST', `/office/api/dossiers/${code}/paid`, 'x', { 'Content-Type': 'text/plain' })).status).toBe(415);
  });

  it('lets admins import and publish a catalog, which kiosks then fetch by ETag', async () => {
    const { kiosk } = await withDossier();
    const { readFileSync } = await import('node:fs');
    const text = readFileSync('assets/catalog/catalog.json', 'utf8');
    const lan = await officeLogin(center, { username: 'lan', role: 'reception', communeId: 'xa-ta-phin' });
    expect((await lan.call('POST', '/office/api/catalogs', text)).status).toBe(403);
    const admin = await officeLogin(center, { username: 'tinh', role: 'admin' });
    expect((await admin.call('POST', '/office/api/catalogs', '{"version":"x"}')).status).toBe(422);
    const imported = await admin.json<{ etag: string; procedures: number }>('POST', '/office/api/catalogs', text);
    expect(imported.procedures).toBeGreaterThan(0);
    await admin.json('POST', `/office/api/catalogs/${imported.etag.slice(1, -1)}/publish`);
    const res = await kiosk.call('GET', '/api/v1/catalog');
    expect(res.headers.get('etag')).toBe(imported.etag);
    expect(await res.text()).toBe(text);
  });

  it('counts ratings by service and week, and tickets and waits per commune', async () => {
    const { kiosk } = await withDossier();
    const at = (min: number) => new Date(Date.now() - 3600_000 + min * 60_000).toISOString();
    const events = [
      { id: 'r1', type: 'rating.submitted', occurredAt: at(0), data: { score: 4, flow: 'ticket' } },
      { id: 'r2', type: 'rating.submitted', occurredAt: at(1), data: { score: 2, flow: 'ticket' } },
      { id: 't1', type: 'ticket.issued', occurredAt: at(0), data: { ticketId: 'a' } },
      { id: 't2', type: 'ticket.served', occurredAt: at(12), data: { ticketId: 'a' } },
      { id: 't3', type: 'ticket.issued', occurredAt: at(5), data: { ticketId: 'b' } },
    ];
    await kiosk.call('POST', '/api/v1/events', { body: { events }, key: 'b1' });
    const lan = await officeLogin(center, { username: 'lan', role: 'reception', communeId: 'xa-ta-phin' });
    const stats = await lan.json<OfficeStats>('GET', '/office/api/stats?weeks=2');
    expect(stats.ratings).toEqual([expect.objectContaining({ flow: 'ticket', count: 2, average: 3, byScore: [0, 1, 0, 1] })]);
    expect(stats.waiting).toEqual([expect.objectContaining({ communeId: 'xa-ta-phin', tickets: 2, served: 1, averageWaitMin: 12 })]);
    const other = await officeLogin(center, { username: 'minh', role: 'reception', communeId: 'phuong-ba-dinh' });
    expect((await other.json<OfficeStats>('GET', '/office/api/stats')).waiting).toEqual([]);
  });
});
