import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migration0001 } from '../../../src-main/core/db/migrations/0001-init';
import { migration0003 } from '../../../src-main/core/db/migrations/0003-outbox-dossiers';
import { migration0007 } from '../../../src-main/core/db/migrations/0007-ratings';
import { openDatabase } from '../../../src-main/core/db/open-database';
import { summarizeRatings } from '../../../src-main/core/ratings/rating-service';
import { type CenterServer, startCenterServer } from '../../support/center-server';
import { startTestKiosk, type TestKiosk, tempDir } from '../../support/test-kiosk';

describe('satisfaction ratings', () => {
  let t: TestKiosk | undefined;
  let server: CenterServer | undefined;
  const dirs: { remove(): void }[] = [];
  afterEach(async () => {
    await t?.close();
    await server?.close();
    t = undefined;
    server = undefined;
    for (const d of dirs.splice(0)) d.remove();
  });

  it('migration 0007 keeps only a score of 1 to 4, and runs on an older database', () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = join(dir.path, 'kiosk.db');
    openDatabase(file, { migrations: [migration0001, migration0003] }).close();
    const db = openDatabase(file, { migrations: [migration0001, migration0003, migration0007] });
    db.prepare("INSERT INTO ratings (id, score, flow, language, created_at) VALUES ('a', 4, 'ticket', 'vi', 't')").run();
    expect(() =>
      db.prepare("INSERT INTO ratings (id, score, flow, language, created_at) VALUES ('b', 5, 'ticket', 'vi', 't')").run(),
    ).toThrow(/CHECK/);
    expect(summarizeRatings(db)).toEqual({ count: 1, byScore: [0, 0, 0, 1] });
    db.close();
  });

  it('stores a rating and delivers it once to the center server as a rating.submitted event', async () => {
    server = await startCenterServer({ token: 'tok' });
    t = startTestKiosk({ backgroundSync: false });
    t.kiosk.config.setMany({ 'server.url': server.url, 'server.token': 'tok' });
    const session = t.kiosk.newSession();
    const reply = await t.kiosk.dispatch(session, 'rating.submit', { score: 3, flow: 'ticket', language: 'ar' });
    expect(reply.ok).toBe(true);
    expect(summarizeRatings(t.kiosk.db)).toEqual({ count: 1, byScore: [0, 0, 1, 0] });
    expect(t.kiosk.outbox.worker.counts().pending).toBe(1);

    for (let i = 0; i < 5 && t.kiosk.outbox.worker.counts().pending > 0; i++) await t.kiosk.outbox.worker.step();
    const events = server.store.allEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'rating.submitted' });
    const data = typeof events[0]?.data === 'string' ? JSON.parse(events[0].data) : events[0]?.data;
    expect(data).toEqual({ ratingId: (reply as { result: { id: string } }).result.id, score: 3, flow: 'ticket', language: 'ar' });
  });

  it('refuses a score outside the four faces or free text as a flow, storing nothing', async () => {
    t = startTestKiosk({ backgroundSync: false });
    const session = t.kiosk.newSession();
    for (const args of [
      { score: 5, flow: 'ticket', language: 'vi' },
      { score: 0, flow: 'ticket', language: 'vi' },
      { score: 2.5, flow: 'ticket', language: 'vi' },
      { score: 2, flow: 'Nguyễn Văn An called', language: 'vi' },
      { score: 2, flow: 'ticket', language: 'vi', comment: 'x' },
    ]) {
      const reply = await t.kiosk.dispatch(session, 'rating.submit', args);
      expect(reply.ok).toBe(false);
    }
    expect(summarizeRatings(t.kiosk.db).count).toBe(0);
    expect(t.kiosk.outbox.worker.counts().pending).toBe(0);
  });
});
