import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import { CatalogService } from '../../../src-main/core/catalog/catalog-service';
import { type Database, openDatabase } from '../../../src-main/core/db/open-database';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';
import { tempDir } from '../../support/test-kiosk';
import { BUNDLED_CATALOG_FILE } from '../../unit/catalog/catalog-fixtures';

describe('a search for something done elsewhere names the place (bundled catalog, real SQLite)', () => {
  const dir = tempDir();
  let db: Database;
  let service: CatalogService;
  beforeAll(() => {
    db = openDatabase(join(dir.path, 'kiosk.db'));
    service = new CatalogService({
      db,
      log: createLogger(memorySink(), 'test'),
      clock: fakeClock('2026-12-06T08:00:00Z'),
      bundledCatalogFile: BUNDLED_CATALOG_FILE,
    });
  });
  afterAll(() => {
    db.close();
    dir.remove();
  });

  it.each([
    ['ho chieu', 'ho-chieu', 'Phòng Quản lý xuất nhập cảnh'],
    ['lam cccd', 'can-cuoc', 'Công an xã, phường'],
    ['bao hiem y te', 'bao-hiem-y-te', 'Bảo hiểm xã hội'],
    ['so do', 'so-do', 'Chi nhánh Văn phòng đăng ký đất đai'],
    ['chuyen truong cho con', 'chuyen-truong', 'Trường nơi học sinh chuyển đến'],
    ['xin chuyển trường', 'chuyen-truong', 'hiệu trưởng quyết định trong 5 ngày làm việc'],
  ])('"%s" finds no procedure and names %s', async (query, id, place) => {
    const result = await service.search(query, { limit: 20 });
    expect(result.hits).toEqual([]);
    expect(result.total).toBe(0);
    expect(result.elsewhere?.map((e) => e.id)).toEqual([id]);
    expect(result.elsewhere?.[0]?.place.vi).toContain(place);
    expect(result.elsewhere?.[0]).not.toHaveProperty('keywords');
  });

  it('answers with procedures, and no place, when the catalog has them', async () => {
    const birth = await service.search('lam giay khai sinh', { limit: 5 });
    expect(birth.hits[0]?.code).toBe('1.001193');
    expect(birth.elsewhere).toBeUndefined();
    const land = await service.search('cap giay chung nhan lan dau', { limit: 5 });
    expect(land.hits.map((h) => h.code)).toContain('1.013978');
    const merit = await service.search('tho cung liet si', { limit: 5 });
    expect(merit.hits[0]?.code).toBe('1.010803');
  });

  it('does not name a place inside a field, where the citizen chose what to look at', async () => {
    const result = await service.search('ho chieu', { limit: 5, field: 'ho-tich' });
    expect(result.elsewhere).toBeUndefined();
  });
});
