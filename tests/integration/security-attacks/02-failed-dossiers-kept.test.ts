import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import { type CenterServer, startCenterServer } from '../../support/center-server';
import { fixtureProcedures, validDraft } from '../../support/dossier-fixtures';
import { startTestKiosk, type TestKiosk } from '../../support/test-kiosk';

const DAY = 86_400_000;

describe('attack 02: personal data of dossiers the server refused', () => {
  let server: CenterServer;
  let t: TestKiosk;
  const clock = fakeClock('2026-03-06T03:00:00.000Z');
  beforeEach(async () => {
    server = await startCenterServer({ token: 'right' });
    t = startTestKiosk({ clock, procedures: fixtureProcedures, backgroundSync: false });
    // A careless technician typed the wrong token: the center answers 401, the dossier fails for good.
    t.kiosk.config.setMany({ 'server.url': server.url, 'server.token': 'wrong' });
  });
  afterEach(async () => {
    await t.close();
    await server.close();
  });

  const technician = () => {
    const s = t.kiosk.newSession();
    s.setRole('technician');
    return s;
  };
  const applicantOf = (code: string) =>
    (t.kiosk.db.prepare('SELECT applicant FROM dossiers WHERE code = ?').get(code) as { applicant: string | null }).applicant;

  it('attack 02: waits 40 days after a 401 and reads the refused dossier’s applicant data', async () => {
    const reply = await t.kiosk.dispatch(t.kiosk.newSession(), 'dossier.submit', validDraft());
    if (!reply.ok) throw new Error(reply.error.message);
    const code = (reply.result as { code: string }).code;
    expect((await t.kiosk.outbox.worker.step()).kind).toBe('failed');

    expect(await t.kiosk.dispatch(technician(), 'outbox.status', {})).toMatchObject({
      ok: true,
      result: { counts: { failed: 1 }, awaitingPurge: 1, retentionDays: 30, failed: [{ key: code, purged: false }] },
    });

    // Within the retention period the technician can still fix the token and send it again.
    clock.advance(29 * DAY);
    expect(t.kiosk.dossiers.purge()).toEqual({ dossiers: 0, events: 0, feedback: 0 });
    expect(applicantOf(code)).toContain('001190012345');

    clock.advance(11 * DAY);
    expect(t.kiosk.dossiers.purge()).toEqual({ dossiers: 1, events: 0, feedback: 0 });
    expect(applicantOf(code)).toBeNull();
    expect(t.kiosk.outbox.store.byKey(code)?.payload).not.toContain('001190012345');
    expect(await t.kiosk.dispatch(technician(), 'outbox.status', {})).toMatchObject({
      ok: true,
      result: { counts: { failed: 1 }, awaitingPurge: 0, failed: [{ key: code, purged: true }] },
    });
    // Nothing is left to send: a retry does not put an empty dossier back in the queue.
    expect(await t.kiosk.dispatch(technician(), 'outbox.retry', { allFailed: true })).toEqual({ ok: true, result: { retried: 0 } });
    expect(await t.kiosk.dispatch(t.kiosk.newSession(), 'dossier.status', { code })).toMatchObject({
      ok: true,
      result: { local: { state: 'failed' } },
    });
  });

  it('counts the retention from the last attempt: a retry 20 days in restarts the period', async () => {
    const reply = await t.kiosk.dispatch(t.kiosk.newSession(), 'dossier.submit', validDraft());
    if (!reply.ok) throw new Error(reply.error.message);
    const code = (reply.result as { code: string }).code;
    expect((await t.kiosk.outbox.worker.step()).kind).toBe('failed');
    clock.advance(20 * DAY);
    expect(await t.kiosk.dispatch(technician(), 'outbox.retry', { key: code })).toEqual({ ok: true, result: { retried: 1 } });
    expect((await t.kiosk.outbox.worker.step()).kind).toBe('failed');
    clock.advance(20 * DAY);
    expect(t.kiosk.dossiers.purge().dossiers).toBe(0);
    clock.advance(11 * DAY);
    expect(t.kiosk.dossiers.purge().dossiers).toBe(1);
  });
});
