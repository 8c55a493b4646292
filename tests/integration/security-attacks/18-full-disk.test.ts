import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BridgeClient, connectBridge } from '../../support/bridge-client';
import { fixtureProcedures, validDraft } from '../../support/dossier-fixtures';
import { startTestWebKiosk, type TestWebKiosk } from '../../support/test-kiosk';

describe('attack 18: the kiosk’s disk fills up', () => {
  let t: TestWebKiosk;
  let screen: BridgeClient;
  beforeEach(async () => {
    t = await startTestWebKiosk({ procedures: fixtureProcedures, backgroundSync: false });
    screen = await connectBridge(t.shell);
  });
  afterEach(async () => {
    await screen.close();
    await t.close();
  });

  /** SQLite's own "database or disk is full": from now on the file may not grow by a single page. */
  const fillDisk = () => {
    t.kiosk.db.pragma(`max_page_count = ${t.kiosk.db.pragma('page_count', { simple: true }) as number}`);
  };
  const count = (table: string) => (t.kiosk.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  it('attack 18: fills the disk, then a citizen submits a dossier and is told "internal error"', async () => {
    fillDisk();
    // Citizens keep submitting until the room left inside the file is used up.
    let reply: Record<string, unknown> = { ok: true };
    let stored = 0;
    for (; stored < 500 && reply.ok; stored++) reply = await screen.call('dossier.submit', validDraft());
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect((reply.error as { message: string }).message).toMatch(/nothing was kept/);
    // Nothing half-kept: every dossier has its outbox item, and the refused one has neither.
    expect(count('dossiers')).toBe(stored - 1);
    expect(count('outbox')).toBe(stored - 1);
    expect(t.logs.records.some((r) => r.level === 'error' && r.msg.includes('disk full'))).toBe(true);
    // The kiosk keeps answering what needs no new space.
    expect(await screen.call('system.ping', { nonce: 'still here' })).toMatchObject({ ok: true });
  });

  it('lets the technician see how much space is left', async () => {
    const tech = t.kiosk.newSession();
    tech.setRole('technician');
    const reply = await t.kiosk.dispatch(tech, 'technician.storage', {});
    expect(reply).toMatchObject({ ok: true, result: { dataDir: t.dataDir, setAsideDatabases: [] } });
    const result = (reply as { result: { freeBytes: number; totalBytes: number } }).result;
    expect(result.freeBytes).toBeGreaterThan(0);
    expect(result.totalBytes).toBeGreaterThanOrEqual(result.freeBytes);
    expect(await screen.call('technician.storage', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
