import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import { type CenterServer, startCenterServer } from '../../support/center-server';
import { fixtureProcedures, validDraft } from '../../support/dossier-fixtures';
import { kioskCli } from '../../support/kiosk-cli';
import { startTestKiosk, type TestKiosk, tempDir } from '../../support/test-kiosk';

const APPLICANTS = [
  { fullName: 'Hoàng Văn Thụ', citizenId: '008071000111', dateOfBirth: '1971-04-02', address: 'Bản Khuổi Nạn, xã Thạch An, tỉnh Cao Bằng' },
  { fullName: 'Lầu Thị Dung', citizenId: '010192000222', dateOfBirth: '1992-11-30', address: 'Thôn Sín Chải, xã Bát Xát, tỉnh Lào Cai' },
  {
    fullName: 'Đinh Công Tráng',
    citizenId: '038085000333',
    dateOfBirth: '1985-07-19',
    address: 'Xóm Mường Khến, xã Tân Lạc, tỉnh Phú Thọ',
  },
];

/** Every place the raw bytes of the database live: the file and its write-ahead log. */
function rawFiles(dataDir: string): Buffer[] {
  return ['kiosk.db', 'kiosk.db-wal']
    .map((f) => join(dataDir, f))
    .filter(existsSync)
    .map((f) => readFileSync(f));
}

describe('attack 01: a local account greps the database for purged personal data', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: CenterServer;
  let t: TestKiosk;
  beforeEach(async () => {
    dir = tempDir();
    server = await startCenterServer({ token: 'tok' });
    // Submitted and acknowledged 40 days before the CLI's purge runs (retention is 30 days).
    const clock = fakeClock(new Date(Date.now() - 40 * 86_400_000).toISOString());
    t = startTestKiosk({ dataDir: dir.path, clock, procedures: fixtureProcedures, backgroundSync: false });
    t.kiosk.config.setMany({ 'server.url': server.url, 'server.token': 'tok' });
  });
  afterEach(async () => {
    await server.close();
    dir.remove();
  });

  it('attack 01: greps kiosk.db and kiosk.db-wal for the ID numbers, names and addresses after `kiosk dossier purge`', async () => {
    for (const a of APPLICANTS) {
      const draft = validDraft();
      const reply = await t.kiosk.dispatch(t.kiosk.newSession(), 'dossier.submit', { ...draft, applicant: { ...draft.applicant, ...a } });
      expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true });
    }
    for (const _ of APPLICANTS) expect((await t.kiosk.outbox.worker.step()).kind).toBe('sent');
    await t.close();
    // Before the purge the data is there, so the grep below is able to find it.
    expect(rawFiles(dir.path).some((b) => b.includes(APPLICANTS[0]?.citizenId ?? '?'))).toBe(true);

    const purge = kioskCli(dir.path)('dossier', 'purge', '--json');
    expect(purge.code, purge.stderr).toBe(0);
    expect(JSON.parse(purge.stdout)).toMatchObject({ dossiers: 3 });

    const files = rawFiles(dir.path);
    for (const a of APPLICANTS) {
      for (const secret of [a.citizenId, a.fullName, a.address]) {
        const found = files.filter((b) => b.includes(Buffer.from(secret, 'utf8')));
        expect(found, `"${secret}" still in the raw files`).toHaveLength(0);
      }
    }
  });
});
