import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../../src-main/core/db/open-database';
import { enqueueDossier, enqueueFeedback } from '../../../src-main/core/outbox/enqueue';
import { OutboxRetention } from '../../../src-main/core/outbox/outbox-retention';
import { OutboxStore } from '../../../src-main/core/outbox/outbox-store';

/** The outbox purges only its own table and asks each owning feature to empty its own rows. */
describe('outbox retention', () => {
  let dir: string;
  let db: Database;
  let store: OutboxStore;
  let retention: OutboxRetention;
  const sentAt = '2026-03-01T00:00:00.000Z';
  const later = new Date('2026-04-15T00:00:00.000Z');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'outbox-retention-'));
    db = openDatabase(join(dir, 'kiosk.db'));
    store = new OutboxStore(db);
    retention = new OutboxRetention(db);
    db.transaction(() => {
      enqueueDossier(db, { code: 'D-SENT', body: { a: 1 }, submittedAt: sentAt });
      enqueueDossier(db, { code: 'D-WAITING', body: { a: 2 }, submittedAt: sentAt });
      enqueueFeedback(db, { reference: 'F-SENT', body: { t: 'x' }, submittedAt: sentAt });
      db.prepare(
        `INSERT INTO outbox (kind, idempotency_key, payload, state, next_attempt_at, created_at, updated_at, sent_at)
         VALUES ('event', 'E-SENT', '{}', 'sent', 0, ?, ?, ?), ('event', 'E-WAITING', '{}', 'pending', 0, ?, ?, NULL)`,
      ).run(sentAt, sentAt, sentAt, sentAt, sentAt);
    })();
    const ids = ['D-SENT', 'F-SENT'].map((k) => store.byKey(k)?.id ?? -1);
    store.markSent(ids, '{}', 201, sentAt);
  });

  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('hands each owner only its settled keys, empties those payloads and deletes acknowledged events', () => {
    const asked: Record<string, string[]> = {};
    retention.own('dossier', (keys) => {
      asked.dossier = [...keys];
      return keys.length;
    });
    retention.own('feedback', (keys) => {
      asked.feedback = [...keys];
      return keys.length;
    });
    expect(retention.purge(later, 30)).toEqual({ dossier: 1, feedback: 1, event: 1 });
    expect(asked).toEqual({ dossier: ['D-SENT'], feedback: ['F-SENT'] });
    expect(store.byKey('D-SENT')?.payload).toBeNull();
    expect(store.byKey('D-WAITING')?.payload).not.toBeNull();
    expect(store.byKey('E-SENT')).toBeNull();
    expect(store.byKey('E-WAITING')?.state).toBe('pending');
  });

  it('leaves a kind without an owner alone: its payload is the only copy its feature can point to', () => {
    retention.own('dossier', (keys) => keys.length);
    expect(retention.purge(later, 30).feedback).toBe(0);
    expect(store.byKey('F-SENT')?.payload).not.toBeNull();
  });

  it('rolls everything back when an owner fails, so no payload is emptied while its row keeps data', () => {
    retention.own('dossier', () => {
      throw new Error('disk I/O error');
    });
    expect(() => retention.purge(later, 30)).toThrow('disk I/O error');
    expect(store.byKey('D-SENT')?.payload).not.toBeNull();
    expect(store.byKey('E-SENT')).not.toBeNull();
  });

  it('refuses two owners for one kind', () => {
    retention.own('dossier', () => 0);
    expect(() => retention.own('dossier', () => 0)).toThrow(/already has an owner/);
  });
});
