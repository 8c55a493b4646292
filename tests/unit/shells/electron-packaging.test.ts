import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// electron-builder's own configuration loader and schema check, from the pinned electron-builder.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
type Config = Awaited<ReturnType<typeof getConfig>>;

function iniSection(text: string, section: string): Map<string, string> {
  const out = new Map<string, string>();
  let current = '';
  for (const line of text.split('\n')) {
    const header = /^\[(.+)\]$/.exec(line.trim());
    if (header) current = header[1] ?? '';
    else if (current === section && /^[\w-]+=/.test(line)) {
      const at = line.indexOf('=');
      out.set(line.slice(0, at), line.slice(at + 1).trim());
    }
  }
  return out;
}

describe('electron-builder.yml', () => {
  let config: Config;
  beforeAll(async () => {
    config = await getConfig(ROOT, 'electron-builder.yml', null);
    await validateConfiguration(config, new DebugLogger(false));
  });

  it('sets every production fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('builds AppImage and deb for Linux and an NSIS installer for Windows', () => {
    const targets = (list: unknown) => (list as { target: string }[]).map((t) => t.target);
    expect(targets(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(targets(config.win?.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true, runAfterFinish: false });
  });

  it('packs the built app into ASAR with the native modules unpacked and not rebuilt', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual([
      '**/node_modules/better-sqlite3/**',
      '**/node_modules/@serialport/bindings-cpp/**',
      '**/node_modules/@napi-rs/canvas*/**',
      'out/main/watchdog-thread.mjs',
    ]);
    expect(config.npmRebuild).toBe(false);
    const files = (config.files as { filter: string[] }[]).flatMap((f) => f.filter);
    expect(files).toContain('out/**');
    expect(files).toContain('!out/**/*.map');
    // The main process finds the bundled catalog by walking up from out/main: it must be packed.
    expect(files).toContain('assets/**');
    expect(existsSync(`${ROOT}assets/catalog/catalog.json`)).toBe(true);
  });

  it('ships the N-API prebuilds that make the missing rebuild safe', () => {
    for (const file of [
      'node_modules/better-sqlite3/prebuilds/linux-x64.node',
      'node_modules/better-sqlite3/prebuilds/win32-x64.node',
      'node_modules/@serialport/bindings-cpp/prebuilds/linux-x64',
      'node_modules/@serialport/bindings-cpp/prebuilds/win32-x64',
    ]) {
      expect(existsSync(`${ROOT}${file}`), file).toBe(true);
    }
  });

  it('starts on boot through the files in assets/autostart, which run the packaged executable', () => {
    const bin = `/usr/bin/${config.executableName}`;
    const service = readFileSync(`${ROOT}assets/autostart/commune-kiosk.service`, 'utf8');
    const unit = iniSection(service, 'Service');
    expect(unit.get('ExecStart')).toBe(bin);
    expect(unit.get('Restart')).toBe('always');
    expect(iniSection(service, 'Unit').get('StartLimitIntervalSec')).toBe('0');
    expect(iniSection(service, 'Install').get('WantedBy')).toBe('graphical-session.target');
    const desktop = readFileSync(`${ROOT}assets/autostart/commune-kiosk.desktop`, 'utf8');
    const entry = iniSection(desktop, 'Desktop Entry');
    expect(entry.get('Type')).toBe('Application');
    expect(entry.get('Exec')).toBe(bin);
  });

  it('fences the browser shell with a Chromium policy that allows only the kiosk address', () => {
    const policy = JSON.parse(readFileSync(`${ROOT}assets/chromium/commune-kiosk.json`, 'utf8'));
    expect(policy.URLBlocklist).toEqual(['*']);
    expect(policy.URLAllowlist).toEqual(['http://127.0.0.1:5180', 'http://localhost:5180']);
    expect(policy).toMatchObject({ DeveloperToolsAvailability: 2, DownloadRestrictions: 3, AudioCaptureAllowed: false });
    expect(policy.VideoCaptureAllowedUrls).toEqual(['http://127.0.0.1:5180']);
  });
});
