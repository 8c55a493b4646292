import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import { isValidDossierCode } from '../../../src-main/api/codes';
import type { Timers } from '../../../src-main/core/outbox/center-client';
import { DeviceError } from '../../../src-main/hardware/device-error';
import type { Devices, PrintDocument } from '../../../src-main/hardware/devices';
import { type CenterServer, startCenterServer } from '../../support/center-server';
import { fixtureProcedures, validDraft } from '../../support/dossier-fixtures';
import { startTestKiosk, type TestKiosk } from '../../support/test-kiosk';

function fakePrinter(): Devices & { printed: PrintDocument[]; fail: boolean } {
  const printed: PrintDocument[] = [];
  return {
    printed,
    fail: false,
    async print(doc) {
      if (this.fail) throw new DeviceError('no-paper', 'paper roll empty');
      printed.push(doc);
    },
    health: () => [],
    onHealth: () => () => undefined,
    onScan: () => () => undefined,
    onIdCard: () => () => undefined,
    close: async () => undefined,
  };
}

/**
 * This file's center always answers (or refuses at once when told to fail). The short timeout a
 * citizen's status lookup has in the product could pass on a loaded machine before this process
 * got to run its own server, and turn a real answer into "not reached"; so no request here times out.
 */
const neverTimeOut: Timers = { setTimeout: () => null, clearTimeout: () => undefined };

describe('dossiers in the kiosk core', () => {
  let t: TestKiosk;
  let server: CenterServer;
  const clock = fakeClock('2026-03-06T03:00:00.000Z');
  let devices: ReturnType<typeof fakePrinter>;

  beforeEach(async () => {
    server = await startCenterServer({ token: 'tok' });
    devices = fakePrinter();
    t = startTestKiosk({ clock, procedures: fixtureProcedures, backgroundSync: false, devices, timers: neverTimeOut });
    t.kiosk.config.setMany({ 'server.url': server.url, 'server.token': 'tok' });
  });
  afterEach(async () => {
    await t.close();
    await server.close();
  });

  const call = (channel: string, args: unknown) => t.kiosk.dispatch(t.kiosk.newSession(), channel, args);

  it('submits: the dossier and its outbox item are stored together before the receipt', async () => {
    const reply = await call('dossier.submit', validDraft());
    if (!reply.ok) throw new Error(reply.error.message);
    const receipt = reply.result as { code: string };
    expect(isValidDossierCode(receipt.code)).toBe(true);
    expect(receipt).toMatchObject({
      procedureCode: '1.001193',
      procedureName: { vi: 'Đăng ký khai sinh' },
      submittedAt: '2026-03-06T03:00:00.000Z',
      expectedResultDate: '2026-03-11',
      delivery: 'counter',
      documentsProvided: 1,
      documentsListed: 2,
      state: 'queued',
    });
    const item = t.kiosk.outbox.store.byKey(receipt.code);
    const body = JSON.parse(item?.payload ?? '{}');
    expect(body).toMatchObject({ code: receipt.code, kioskId: t.kiosk.kioskId, applicant: { phone: '0912345678' } });
    expect(body.documents).toEqual([
      { name: 'Giấy chứng sinh', provided: true },
      { name: 'Giấy chứng nhận kết hôn', provided: false },
    ]);
  });

  it('sets the expected result date past public holidays and the days off a technician adds, live', async () => {
    const dueOf = async () => {
      const reply = await call('dossier.submit', validDraft());
      if (!reply.ok) throw new Error(reply.error.message);
      return (reply.result as { expectedResultDate: string }).expectedResultDate;
    };
    try {
      // Friday 24 April 2026, 3 working days: Mon 27 (Hùng Kings' day fell on Sunday), Thu 30 April
      // and Fri 1 May are off, so Tue 28, Wed 29, Mon 4 May.
      clock.set('2026-04-24T03:00:00.000Z');
      expect(await dueOf()).toBe('2026-05-04');
      t.kiosk.config.set('calendar.extraDaysOff', '2026-05-04');
      expect(await dueOf()).toBe('2026-05-05');
      // A bad list is refused with the entry that is wrong, and the stored one stays.
      expect(() => t.kiosk.config.set('calendar.extraDaysOff', '2026-05-04, 2026-13-01')).toThrow(/2026-13-01/);
      expect(t.kiosk.config.get('calendar.extraDaysOff')).toBe('2026-05-04');
      // After 17:00 (the default end of the working day) it counts as handed in on Tuesday 28 April
      // (Monday 27 is off): Wed 29 April, then Tue 5 and Wed 6 May with the 4th still off.
      clock.set('2026-04-24T10:30:00.000Z');
      expect(await dueOf()).toBe('2026-05-06');
      expect(() => t.kiosk.config.set('calendar.dayEndsAt', '25:00')).toThrow(/HH:MM/);
    } finally {
      clock.set('2026-03-06T03:00:00.000Z');
    }
  });

  it('refuses an invalid draft listing every field problem, and stores nothing', async () => {
    const draft = validDraft();
    const reply = await call('dossier.submit', {
      ...draft,
      applicant: { ...draft.applicant, citizenId: '12345', phone: '123' },
      form: { childName: '', childBirthDate: '2026-02-20', relationship: 'mother' },
    });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'bad-request',
        message:
          'applicant.citizenId: must be the 12 digits of the citizen ID card; applicant.phone: must be a Vietnamese phone number (10 digits starting with 0, or +84); form.childName: is required',
      },
    });
    expect(t.kiosk.db.prepare('SELECT COUNT(*) AS n FROM dossiers').get()).toEqual({ n: 0 });
    expect(t.kiosk.outbox.store.counts().pending).toBe(0);
  });

  it('refuses procedures that must be done in person, and unknown ones', async () => {
    expect(await call('dossier.submit', validDraft({ procedureCode: '1.000894', form: {}, documents: [] }))).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await call('dossier.submit', validDraft({ procedureCode: '9.999999' }))).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('status: queued and unknown to the center, then sent and received by it', async () => {
    const reply = await call('dossier.submit', validDraft());
    if (!reply.ok) throw new Error(reply.error.message);
    const code = (reply.result as { code: string }).code;
    expect(await call('dossier.status', { code: code.toLowerCase() })).toMatchObject({
      ok: true,
      result: { code, local: { state: 'queued', sentAt: null }, remote: null, reachedServer: true },
    });
    const events: unknown[] = [];
    // Dossier events only: the same step also tells the center link it answered (system.onCenterLink).
    t.kiosk.bus.onAny((event, payload) => event.startsWith('dossier.') && events.push({ event, payload }));
    await t.kiosk.outbox.worker.step();
    expect(events).toEqual([{ event: 'dossier.onStateChanged', payload: { code, state: 'sent' } }]);
    server.setStatus(code, 'processing', 'Đang thẩm định');
    expect(await call('dossier.status', { code })).toMatchObject({
      ok: true,
      result: { local: { state: 'sent' }, remote: { status: 'processing', note: 'Đang thẩm định' }, reachedServer: true },
    });
  });

  it('status offline: the local state only; a mistyped code is refused before anyone is asked', async () => {
    const reply = await call('dossier.submit', validDraft());
    if (!reply.ok) throw new Error(reply.error.message);
    const code = (reply.result as { code: string }).code;
    server.setFaults({ status: 503 });
    expect(await call('dossier.status', { code })).toMatchObject({
      ok: true,
      result: { local: { state: 'queued' }, remote: null, reachedServer: false },
    });
    const typo = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6);
    expect(await call('dossier.status', { code: typo })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('prints the receipt through the hardware layer, and says so when it cannot', async () => {
    const reply = await call('dossier.submit', validDraft({ language: 'en' }));
    if (!reply.ok) throw new Error(reply.error.message);
    const code = (reply.result as { code: string }).code;
    expect(await call('dossier.printReceipt', { code })).toEqual({ ok: true, result: { state: 'printed' } });
    expect(devices.printed[0]?.title).toBe(`receipt ${code}`);
    expect(devices.printed[0]?.lines).toContainEqual({ kind: 'qr', data: code, cellSize: 6 });
    devices.fail = true;
    // Refused before its first byte: the receipt waits in the print queue for paper.
    expect(await call('dossier.printReceipt', { code })).toEqual({ ok: true, result: { state: 'queued', reason: 'no-paper' } });
  });

  it('purges personal data of acknowledged dossiers after the retention days, keeping code, procedure and dates', async () => {
    const r1 = await call('dossier.submit', validDraft());
    const r2 = await call('dossier.submit', validDraft());
    if (!r1.ok || !r2.ok) throw new Error('submit failed');
    const sentCode = (r1.result as { code: string }).code;
    const queuedCode = (r2.result as { code: string }).code;
    await t.kiosk.outbox.worker.step();
    server.setFaults({ status: 503 });
    await t.kiosk.outbox.worker.step();
    expect(t.kiosk.outbox.retention.purge(new Date('2026-04-04T00:00:00Z'), 30)).toEqual({ dossier: 0, event: 0, feedback: 0 });
    expect(t.kiosk.outbox.retention.purge(new Date('2026-04-06T03:00:01Z'), 30)).toEqual({ dossier: 1, event: 0, feedback: 0 });
    const purged = t.kiosk.db.prepare('SELECT * FROM dossiers WHERE code = ?').get(sentCode);
    expect(purged).toMatchObject({
      code: sentCode,
      procedure_code: '1.001193',
      submitted_at: '2026-03-06T03:00:00.000Z',
      applicant: null,
      form: null,
      documents: null,
      delivery: null,
      purged_at: '2026-04-06T03:00:01.000Z',
    });
    expect(t.kiosk.outbox.store.byKey(sentCode)?.payload).toBeNull();
    // Not yet at the center: the kiosk holds the only copy, so nothing is purged.
    expect(t.kiosk.db.prepare('SELECT applicant FROM dossiers WHERE code = ?').get(queuedCode)).not.toEqual({ applicant: null });
    expect(t.kiosk.outbox.store.byKey(queuedCode)?.payload).not.toBeNull();
    server.setFaults({ status: null });
    expect(await call('dossier.status', { code: sentCode })).toMatchObject({
      ok: true,
      result: { local: { delivery: null, state: 'sent' } },
    });
  });

  it('technicians see failed items with the reason and retry them', async () => {
    const reply = await call('dossier.submit', validDraft());
    if (!reply.ok) throw new Error(reply.error.message);
    const code = (reply.result as { code: string }).code;
    t.kiosk.config.set('server.token', 'wrong');
    await t.kiosk.outbox.worker.step();
    const tech = t.kiosk.newSession();
    tech.setRole('technician');
    expect(await t.kiosk.dispatch(tech, 'outbox.status', {})).toMatchObject({
      ok: true,
      result: {
        counts: { failed: 1 },
        failed: [{ key: code, kind: 'dossier', lastStatus: 401, lastError: expect.stringContaining('401') }],
      },
    });
    expect(await call('outbox.retry', { allFailed: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.kiosk.dispatch(tech, 'outbox.retry', { key: code })).toEqual({ ok: true, result: { retried: 1 } });
    t.kiosk.config.set('server.token', 'tok');
    expect((await t.kiosk.outbox.worker.step()).kind).toBe('sent');
  });
});
