import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createGroupCommit } from '../../../src-main/core/db/group-commit';
import { openDatabase } from '../../../src-main/core/db/open-database';
import { tempDir } from '../../support/test-kiosk';

describe('group commit', () => {
  const dir = tempDir('group-commit-');
  const file = join(dir.path, 'g.db');
  const db = openDatabase(file, { migrations: [] });
  db.exec('CREATE TABLE t (v TEXT UNIQUE)');
  const other = new BetterSqlite3(file, { readonly: true });
  afterAll(() => {
    other.close();
    db.close();
    dir.remove();
  });
  const seenByOther = () => (other.prepare('SELECT v FROM t ORDER BY v').all() as { v: string }[]).map((r) => r.v);

  it('writes asked for together share one commit; a failing one is undone alone; effects wait for the commit', async () => {
    const group = createGroupCommit(db);
    const order: string[] = [];
    const insert = (v: string) => () => {
      db.prepare('INSERT INTO t (v) VALUES (?)').run(v);
      group.afterCommit(() => order.push(`effect ${v} sees ${seenByOther().join(',')}`));
      return v;
    };
    const a = group.run(insert('a'));
    const dup = group.run(() => {
      db.prepare('INSERT INTO t (v) VALUES (?)').run('x');
      db.prepare('INSERT INTO t (v) VALUES (?)').run('a'); // UNIQUE: this write fails and its 'x' goes with it
    });
    const b = group.run(() => {
      // Inside the same transaction as 'a', which nobody else sees yet.
      order.push(`b runs: in transaction ${db.inTransaction}, others see [${seenByOther().join(',')}]`);
      return insert('b')();
    });
    expect(await a).toBe('a');
    await expect(dup).rejects.toThrow(/UNIQUE/);
    expect(await b).toBe('b');
    expect(order).toEqual(['b runs: in transaction true, others see []', 'effect a sees a,b', 'effect b sees a,b']);
    expect(seenByOther()).toEqual(['a', 'b']);
  });

  it('commits a group of relaxed writes without fsync, any full write makes the group full, and FULL is back after', async () => {
    const group = createGroupCommit(db);
    const level = () => db.pragma('synchronous', { simple: true });
    expect(await group.run(level, 'relaxed')).toBe(1); // NORMAL
    const [relaxed, full] = await Promise.all([group.run(level, 'relaxed'), group.run(level, 'full')]);
    expect([relaxed, full]).toEqual([2, 2]); // FULL for the whole group
    expect(level()).toBe(2);
  });

  it('runs an effect at once when no group is being written', () => {
    const group = createGroupCommit(db);
    let ran = false;
    group.afterCommit(() => {
      ran = true;
    });
    expect(ran).toBe(true);
  });
});
