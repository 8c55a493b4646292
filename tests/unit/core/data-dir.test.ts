import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_DIR_NAME, resolveDataDir } from '../../../src-main/core/system/data-dir';

const nothing = () => false;

describe('resolveDataDir', () => {
  it('prefers the flag, then KIOSK_DATA_DIR', () => {
    expect(resolveDataDir({ flag: '/srv/k', env: { KIOSK_DATA_DIR: '/env/k' } })).toBe('/srv/k');
    expect(resolveDataDir({ env: { KIOSK_DATA_DIR: '/env/k' } })).toBe('/env/k');
  });

  it('uses Electron’s userData folder otherwise, so the CLI opens the database the Electron kiosk writes', () => {
    expect(resolveDataDir({ env: {}, platform: 'linux', home: '/home/a', exists: nothing })).toBe('/home/a/.config/Commune Service Kiosk');
    expect(resolveDataDir({ env: { XDG_CONFIG_HOME: '/x' }, platform: 'linux', home: '/home/a', exists: nothing })).toBe(
      '/x/Commune Service Kiosk',
    );
    expect(resolveDataDir({ env: {}, platform: 'darwin', home: '/Users/a', exists: nothing })).toBe(
      '/Users/a/Library/Application Support/Commune Service Kiosk',
    );
    expect(
      resolveDataDir({ env: { APPDATA: 'C:/Users/a/AppData/Roaming' }, platform: 'win32', home: 'C:/Users/a', exists: nothing }),
    ).toMatch(/Roaming.Commune Service Kiosk$/);
  });

  it('names the folder as Electron does: after package.json’s productName', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { productName: string };
    expect(APP_DIR_NAME).toBe(pkg.productName);
  });

  it('keeps a web-shell kiosk’s old folder while the new one does not exist', () => {
    const old = '/home/a/.local/share/commune-kiosk';
    const only =
      (...paths: string[]) =>
      (p: string) =>
        paths.includes(p);
    expect(resolveDataDir({ env: {}, platform: 'linux', home: '/home/a', exists: only(`${old}/kiosk.db`) })).toBe(old);
    const both = only(`${old}/kiosk.db`, '/home/a/.config/Commune Service Kiosk');
    expect(resolveDataDir({ env: {}, platform: 'linux', home: '/home/a', exists: both })).toBe('/home/a/.config/Commune Service Kiosk');
  });
});
