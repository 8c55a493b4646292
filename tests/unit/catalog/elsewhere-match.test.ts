import { describe, expect, it } from 'vitest';
import type { ElsewhereEntry } from '../../../src-main/api/channels/catalog';
import { Procedure } from '../../../src-main/api/channels/catalog';
import { ElsewhereMatcher } from '../../../src-main/core/catalog/search/elsewhere-match';
import { procedure } from './catalog-fixtures';

const entry = (id: string, keywords: string[]): ElsewhereEntry => ({
  id,
  task: { vi: id },
  place: { vi: `nơi ${id}` },
  keywords,
  source: { title: { vi: 'nguồn' } },
});

const matcher = new ElsewhereMatcher([
  entry('ho-chieu', ['hộ chiếu', 'passport']),
  entry('can-cuoc', ['căn cước', 'cccd']),
  entry('so-do', ['sổ đỏ']),
]);
const ids = (query: string) => matcher.match(query).map((m) => m.entry.id);

describe('matching a query to what is done elsewhere', () => {
  it('finds a keyword among other words, with or without accents, Telex or capitals', () => {
    expect(ids('ho chieu')).toEqual(['ho-chieu']);
    expect(ids('làm HỘ CHIẾU ở đâu')).toEqual(['ho-chieu']);
    expect(ids('hoj chieeus')).toEqual(['ho-chieu']);
    expect(ids('lam cccd')).toEqual(['can-cuoc']);
    expect(ids('Passport')).toEqual(['ho-chieu']);
  });

  it('needs the keyword as whole consecutive words', () => {
    expect(ids('ho')).toEqual([]);
    expect(ids('chieu ho')).toEqual([]);
    expect(ids('so lieu ban do')).toEqual([]);
    expect(ids('cccdx')).toEqual([]);
    expect(ids('')).toEqual([]);
  });

  it('tells a procedure that names the thing from one that only holds its words apart', () => {
    const about = matcher.match('so do');
    const apart = Procedure.parse(procedure('1.000001', 'Sai sót giữa số liệu và bản đồ'));
    const named = Procedure.parse(procedure('1.000002', 'Cấp đổi', 'dat-dai', { keywords: ['đổi sổ đỏ'] }));
    expect(matcher.mentions(apart, about)).toBe(false);
    expect(matcher.mentions(named, about)).toBe(true);
  });
});
