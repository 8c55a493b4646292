import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../src-main/core/system/data-dir';

describe('resolveDataDir', () => {
  it('prefers the flag, then KIOSK_DATA_DIR', () => {
    expect(resolveDataDir({ flag: '/srv/k', env: { KIOSK_DATA_DIR: '/env/k' } })).toBe('/srv/k');
    expect(resolveDataDir({ env: { KIOSK_DATA_DIR: '/env/k' } })).toBe('/env/k');
  });

  it('uses the platform data folder otherwise', () => {
    expect(resolveDataDir({ env: {}, platform: 'linux', home: '/home/a' })).toBe('/home/a/.local/share/commune-kiosk');
    expect(resolveDataDir({ env: { XDG_DATA_HOME: '/x' }, platform: 'linux', home: '/home/a' })).toBe('/x/commune-kiosk');
    expect(resolveDataDir({ env: {}, platform: 'darwin', home: '/Users/a' })).toBe('/Users/a/Library/Application Support/commune-kiosk');
    expect(resolveDataDir({ env: { APPDATA: 'C:/Users/a/AppData/Roaming' }, platform: 'win32', home: 'C:/Users/a' })).toMatch(
      /commune-kiosk$/,
    );
  });
});
