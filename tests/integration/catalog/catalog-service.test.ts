import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import { CatalogService } from '../../../src-main/core/catalog/catalog-service';
import { openDatabase } from '../../../src-main/core/db/open-database';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';
import { startTestKiosk, tempDir } from '../../support/test-kiosk';
import { BUNDLED_CATALOG_FILE, bundledCatalogJson, bytesOf, procedure, smallCatalog } from '../../unit/catalog/catalog-fixtures';

describe('catalog service on a real SQLite file', () => {
  let dir: { path: string; remove(): void };
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  const open = (bundled = BUNDLED_CATALOG_FILE) => {
    const db = openDatabase(join(dir.path, 'kiosk.db'));
    const service = new CatalogService({
      db,
      log: createLogger(memorySink(), 'test'),
      clock: fakeClock('2026-11-21T08:00:00Z'),
      bundledCatalogFile: bundled,
    });
    return { db, service };
  };

  it('starts on the bundled catalog and answers searches through the dispatcher', async () => {
    const t = startTestKiosk({ dataDir: dir.path });
    try {
      const session = t.kiosk.newSession();
      const info = await t.kiosk.dispatch(session, 'catalog.info', {});
      expect(info).toMatchObject({ ok: true, result: { source: 'bundled', procedureCount: bundledCatalogJson().procedures.length } });
      const search = await t.kiosk.dispatch(session, 'catalog.search', { query: 'khai sinh', limit: 1 });
      expect(search).toMatchObject({ ok: true, result: { hits: [{ code: '1.001193', name: { vi: 'Đăng ký khai sinh' } }] } });
      const missing = await t.kiosk.dispatch(session, 'catalog.procedure', { code: '9.999999' });
      expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
      const badArgs = await t.kiosk.dispatch(session, 'catalog.procedure', { code: 'abc' });
      expect(badArgs).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      const refresh = await t.kiosk.dispatch(session, 'catalog.refresh', {});
      expect(refresh).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    } finally {
      await t.close();
    }
  });

  it('swaps in a valid catalog atomically and keeps it across a restart', async () => {
    const first = open();
    const result = first.service.importBytes(bytesOf(smallCatalog('v2')), 'file');
    expect(result).toMatchObject({ ok: true, changed: true, info: { version: 'v2', source: 'file', procedureCount: 1 } });
    expect((await first.service.search('khai sinh', { limit: 5 })).hits.map((h) => h.code)).toEqual(['1.001193']);
    first.db.close();

    const again = open();
    expect(again.service.info()).toMatchObject({ version: 'v2', source: 'file' });
    again.db.close();
  });

  it.each([
    ['missing field', () => bytesOf({ ...smallCatalog('bad'), procedures: [{ code: '1.001193' }] })],
    ['duplicate codes', () => bytesOf(smallCatalog('bad', [procedure('1.001193', 'A'), procedure('1.001193', 'B')]))],
    ['wrong type', () => bytesOf({ ...smallCatalog('bad'), fields: 'ho-tich' })],
    ['invalid UTF-8', () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
    ['50 MB file', () => new Uint8Array(50 * 1024 * 1024)],
  ])('refuses a catalog with a %s and leaves the active one exactly as it was', async (_name, make) => {
    const { db, service } = open();
    const before = db.prepare('SELECT * FROM catalog_active').get();
    const result = service.importBytes(make(), 'file');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBeTruthy();
    expect(db.prepare('SELECT * FROM catalog_active').get()).toEqual(before);
    expect((await service.search('khai sinh', { limit: 1 })).hits[0]?.code).toBe('1.001193');
    expect(service.info().procedureCount).toBe(bundledCatalogJson().procedures.length);
    db.close();
  });

  it('moves a kiosk on the bundled catalog to a newer bundled catalog, but never replaces an imported one', () => {
    const bundledV1 = join(dir.path, 'bundled-v1.json');
    const bundledV2 = join(dir.path, 'bundled-v2.json');
    writeFileSync(bundledV1, JSON.stringify(smallCatalog('b1')));
    writeFileSync(bundledV2, JSON.stringify(smallCatalog('b2')));
    let k = open(bundledV1);
    expect(k.service.info().version).toBe('b1');
    k.db.close();
    k = open(bundledV2);
    expect(k.service.info().version).toBe('b2');
    k.service.importBytes(bytesOf(smallCatalog('imported')), 'file');
    k.db.close();
    k = open(bundledV1);
    expect(k.service.info()).toMatchObject({ version: 'imported', source: 'file' });
    k.db.close();
  });

  it('says a catalog already active is unchanged, and tells listeners only about real swaps', () => {
    const { db, service } = open();
    const seen: string[] = [];
    service.onChange((info) => seen.push(info.version));
    expect(service.importBytes(bytesOf(smallCatalog('same')), 'file')).toMatchObject({ ok: true, changed: true });
    expect(service.importBytes(bytesOf(smallCatalog('same')), 'file')).toMatchObject({ ok: true, changed: false });
    expect(seen).toEqual(['same']);
    db.close();
  });
});
