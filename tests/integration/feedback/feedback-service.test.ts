import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import type { FeedbackLookup, FeedbackReceipt } from '../../../src-main/api/channels/feedback';
import { isValidDossierCode } from '../../../src-main/api/codes';
import { type CenterServer, startCenterServer } from '../../support/center-server';
import { fixtureProcedures } from '../../support/dossier-fixtures';
import { startTestKiosk, type TestKiosk } from '../../support/test-kiosk';

describe('feedback through the outbox', () => {
  let t: TestKiosk;
  let server: CenterServer;
  const clock = fakeClock('2026-03-06T03:00:00.000Z');

  beforeEach(async () => {
    server = await startCenterServer({ token: 'tok' });
    t = startTestKiosk({ clock, procedures: fixtureProcedures, backgroundSync: false });
    t.kiosk.config.setMany({ 'server.url': server.url, 'server.token': 'tok' });
  });
  afterEach(async () => {
    await t.close();
    await server.close();
  });

  async function call<T>(channel: string, args: unknown): Promise<T> {
    const reply = await t.kiosk.dispatch(t.kiosk.newSession(), channel, args);
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
    return reply.result as T;
  }

  const draft = {
    subject: { kind: 'procedure', procedureCode: '1.001193' },
    text: 'Hướng dẫn điền tờ khai khai sinh trên kiosk còn khó hiểu với người cao tuổi.',
    contact: { name: 'Lò Văn Páo', phone: '0987 654 321' },
    language: 'vi',
  };

  it('stores it with its outbox item, delivers it once under its reference, and the lookup shows the center’s answer', async () => {
    const receipt = await call<FeedbackReceipt>('feedback.submit', draft);
    expect(isValidDossierCode(receipt.reference)).toBe(true);
    expect(receipt).toMatchObject({ subject: 'procedure', procedureName: { vi: 'Đăng ký khai sinh' }, anonymous: false, state: 'queued' });
    expect(t.kiosk.outbox.store.byKey(receipt.reference)).toMatchObject({ kind: 'feedback', state: 'pending' });

    await t.kiosk.outbox.worker.step();
    const stored = server.store.allFeedback();
    expect(stored.map((f) => f.reference)).toEqual([receipt.reference]);
    expect(JSON.parse(stored[0]?.body ?? '{}')).toMatchObject({
      reference: receipt.reference,
      subject: { kind: 'procedure', procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh' },
      contact: { name: 'Lò Văn Páo', phone: '0987654321' },
      language: 'vi',
    });
    server.store.setFeedbackStatus(receipt.reference, 'answered', 'Trung tâm sẽ bổ sung hướng dẫn bằng hình.', '2026-03-07T02:00:00.000Z');
    const lookup = await call<FeedbackLookup>('feedback.lookup', { reference: receipt.reference.toLowerCase() });
    expect(lookup).toMatchObject({
      reference: receipt.reference,
      local: { state: 'sent' },
      remote: { status: 'answered', note: 'Trung tâm sẽ bổ sung hướng dẫn bằng hình.' },
      reachedServer: true,
    });
  });

  it('an anonymous one about the kiosk carries no contact', async () => {
    const receipt = await call<FeedbackReceipt>('feedback.submit', { ...draft, subject: { kind: 'kiosk' }, contact: null });
    expect(receipt).toMatchObject({ subject: 'kiosk', procedureName: null, anonymous: true });
    await t.kiosk.outbox.worker.step();
    expect(JSON.parse(server.store.allFeedback()[0]?.body ?? '{}')).toMatchObject({ subject: { kind: 'kiosk' }, contact: null });
  });

  it('refuses empty text, a wrong phone, an unknown procedure and a reference that fails its check, storing nothing', async () => {
    const refused = async (args: unknown) =>
      call('feedback.submit', args).then(
        () => 'stored',
        (e: { code: string }) => e.code,
      );
    expect(await refused({ ...draft, text: '   ' })).toBe('bad-request');
    expect(await refused({ ...draft, contact: { name: 'A', phone: '12345' } })).toBe('bad-request');
    expect(await refused({ ...draft, subject: { kind: 'procedure', procedureCode: '9.999999' } })).toBe('not-found');
    expect(await refused({ ...draft, subject: { kind: 'weather' } })).toBe('bad-request');
    expect(t.kiosk.db.prepare('SELECT COUNT(*) AS n FROM feedback').get()).toEqual({ n: 0 });
    expect(t.kiosk.outbox.store.counts().pending).toBe(0);
    const bad = await call('feedback.lookup', { reference: '2222222222223' }).then(
      () => 'ok',
      (e: { code: string }) => e.code,
    );
    expect(bad).toBe('bad-request');
  });

  it('purges the text, name and phone once acknowledged and past retention, keeping the reference', async () => {
    const receipt = await call<FeedbackReceipt>('feedback.submit', draft);
    const waiting = t.kiosk.outbox.retention.purge(new Date('2026-06-01T00:00:00Z'), 30);
    expect(waiting.feedback).toBe(0);
    await t.kiosk.outbox.worker.step();
    expect(t.kiosk.outbox.retention.purge(new Date('2026-03-10T00:00:00Z'), 30).feedback).toBe(0);
    expect(t.kiosk.outbox.retention.purge(new Date('2026-06-01T00:00:00Z'), 30).feedback).toBe(1);
    const row = t.kiosk.db.prepare('SELECT text, name, phone, subject_kind FROM feedback WHERE reference = ?').get(receipt.reference);
    expect(row).toEqual({ text: null, name: null, phone: null, subject_kind: 'procedure' });
    expect(t.kiosk.outbox.store.byKey(receipt.reference)?.payload).toBeNull();
    expect((await call<FeedbackLookup>('feedback.lookup', { reference: receipt.reference })).local).toMatchObject({ anonymous: null });
  });
});
