import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import { type CenterServer, startCenterServer } from '../../support/center-server';
import { fixtureProcedures, validDraft } from '../../support/dossier-fixtures';
import { startTestKiosk, type TestKiosk } from '../../support/test-kiosk';

describe('a lost receipt found by ID number and date of birth', () => {
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

  const call = (channel: string, args: unknown) => t.kiosk.dispatch(t.kiosk.newSession(), channel, args);
  const find = (citizenId: string, dateOfBirth: string) => call('dossier.findByPerson', { citizenId, dateOfBirth });

  it('answers status only, from a keyed hash, never the ID or birth date in clear', async () => {
    const submitted = await call('dossier.submit', validDraft());
    if (!submitted.ok) throw new Error(submitted.error.message);
    const code = (submitted.result as { code: string }).code;

    const queued = await find('0011 9001 2345', '1990-05-17');
    if (!queued.ok) throw new Error(queued.error.message);
    expect(queued.result).toEqual({
      matches: [
        {
          procedureName: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
          submittedAt: '2026-03-06T03:00:00.000Z',
          expectedResultDate: '2026-03-11',
          state: 'queued',
          remote: null,
        },
      ],
      reachedServer: true,
    });
    // Nothing else about the dossier or the person is in the answer.
    const text = JSON.stringify(queued.result);
    for (const secret of [code, 'Nguyễn', '001190012345', '0912', 'Tuyên Quang']) expect(text).not.toContain(secret);

    const row = t.kiosk.db.prepare('SELECT person_key FROM dossier_person_keys WHERE code = ?').get(code) as { person_key: Buffer };
    expect(row.person_key.length).toBe(32);
    expect(row.person_key.toString('latin1')).not.toContain('001190012345');

    await t.kiosk.outbox.worker.step();
    const sent = await find('001190012345', '1990-05-17');
    expect(sent.ok && sent.result).toMatchObject({ matches: [{ state: 'sent', remote: { status: 'received' } }], reachedServer: true });

    const wrongDay = await find('001190012345', '1990-05-18');
    expect(wrongDay.ok && wrongDay.result).toEqual({ matches: [], reachedServer: true });
  });

  it('refuses a malformed ID and stops a run of guesses', async () => {
    const bad = await find('12345', '1990-05-17');
    expect(bad.ok ? null : bad.error.code).toBe('bad-request');
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await find('001190012345', `1990-05-${String(10 + i)}`);
      codes.push(r.ok ? 'ok' : r.error.code);
    }
    expect(codes).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'busy']);
    clock.set(new Date(clock.now().getTime() + 121_000).toISOString());
    const later = await find('001190012345', '1990-05-17');
    expect(later.ok).toBe(true);
  });

  it('forgets the key with the personal data at the retention purge', async () => {
    clock.set('2026-03-06T03:00:00.000Z');
    const submitted = await call('dossier.submit', validDraft());
    if (!submitted.ok) throw new Error(submitted.error.message);
    await t.kiosk.outbox.worker.step();
    t.kiosk.outbox.retention.purge(new Date('2026-04-06T03:00:01Z'), 30);
    expect(t.kiosk.db.prepare('SELECT COUNT(*) AS n FROM dossier_person_keys').get()).toEqual({ n: 0 });
    const r = await find('001190012345', '1990-05-17');
    expect(r.ok && r.result).toEqual({ matches: [], reachedServer: true });
  });
});
