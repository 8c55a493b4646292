import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import { ConfigStore } from '../../../src-main/core/config/config-store';
import { openDatabase } from '../../../src-main/core/db/open-database';

function store() {
  return new ConfigStore(openDatabase(':memory:'), fakeClock('2026-01-01T00:00:00Z'));
}

describe('ConfigStore', () => {
  it('returns defaults until a value is set', () => {
    const s = store();
    expect(s.get('ui.idleTimeoutS')).toBe(60);
    s.set('ui.idleTimeoutS', 90);
    expect(s.get('ui.idleTimeoutS')).toBe(90);
  });

  it.each([
    ['ui.idleTimeoutS', 5, /ui.idleTimeoutS/],
    ['ui.idleTimeoutS', '90', /ui.idleTimeoutS/],
    ['ui.defaultLanguage', 'fr', /ui.defaultLanguage/],
    ['server.url', 'ftp://x', /server.url/],
    ['no.such.key', 1, /unknown setting/],
  ])('refuses %s = %j with the reason and keeps the old value', (key, value, reason) => {
    const s = store();
    s.set('ui.idleTimeoutS', 120);
    expect(() => s.set(key, value)).toThrow(reason);
    expect(s.get('ui.idleTimeoutS')).toBe(120);
  });

  it('applies a batch all or nothing', () => {
    const s = store();
    expect(() => s.setMany({ 'center.name': 'UBND phường Ba Đình', 'ui.idleTimeoutS': -1 })).toThrow();
    expect(s.get('center.name')).toBe('Trung tâm Phục vụ hành chính công');
  });

  it('tells listeners about a change so it applies without restart', () => {
    const s = store();
    const seen: unknown[] = [];
    s.onChange((key, values) => seen.push([key, values[key]]));
    s.set('center.name', 'UBND xã Tả Van');
    expect(seen).toEqual([['center.name', 'UBND xã Tả Van']]);
  });
});
