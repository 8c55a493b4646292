import { afterEach, describe, expect, it } from 'vitest';
import { CONFIG_FORMAT, exportConfig, importConfig } from '../../../src-main/core/config/config-transfer';
import { startTestKiosk, type TestKiosk } from '../../support/test-kiosk';

const open: TestKiosk[] = [];
afterEach(async () => {
  for (const k of open.splice(0)) await k.close();
});

function kiosk() {
  const k = startTestKiosk({ configPollMs: 0 });
  open.push(k);
  return k.kiosk;
}

const meta = { kioskId: 'KTEST', appVersion: '1.2.3', now: new Date('2026-11-21T08:00:00Z') };

describe('config export and import', () => {
  it('clones one kiosk onto another, keeping the target token unless asked', () => {
    const a = kiosk();
    a.config.setMany({
      'center.name': 'UBND xã Tả Van',
      'ui.idleTimeoutS': 120,
      'server.url': 'https://dvc.laocai.gov.vn',
      'server.token': 'secret-a-0123456789',
    });
    const file = exportConfig(a.config, meta);
    expect(file).toMatchObject({ format: CONFIG_FORMAT, version: 1, secretsIncluded: false, from: { kioskId: 'KTEST' } });
    expect(JSON.stringify(file)).not.toContain('secret-a');

    const b = kiosk();
    b.config.set('server.token', 'secret-b-9876543210');
    expect(importConfig(b.config, JSON.stringify(file)).applied).toContain('center.name');
    expect(b.config.get('center.name')).toBe('UBND xã Tả Van');
    expect(b.config.get('ui.idleTimeoutS')).toBe(120);
    expect(b.config.get('server.token')).toBe('secret-b-9876543210');

    const withSecrets = exportConfig(a.config, meta, { includeSecrets: true });
    importConfig(b.config, JSON.stringify(withSecrets));
    expect(b.config.get('server.token')).toBe('secret-a-0123456789');
  });

  const hostile: [string, string | Uint8Array, RegExp][] = [
    [
      'wrong types',
      JSON.stringify({ format: CONFIG_FORMAT, version: 1, values: { 'ui.idleTimeoutS': 'ninety', 'center.name': 42 } }),
      /ui\.idleTimeoutS: .*expected number.*center\.name: .*expected string/,
    ],
    ['a value out of range', JSON.stringify({ format: CONFIG_FORMAT, version: 1, values: { 'ui.idleTimeoutS': 5 } }), />=15/],
    [
      'unknown keys',
      JSON.stringify({ format: CONFIG_FORMAT, version: 1, values: { 'ui.idleTimeoutS': 90, 'server.exec': 'rm -rf /' } }),
      /unknown settings: "server\.exec"/,
    ],
    [
      'a prototype key',
      `{"format":"${CONFIG_FORMAT}","version":1,"values":{"__proto__":{"polluted":true}}}`,
      /unknown settings: "__proto__"/,
    ],
    ['10 MB', Buffer.alloc(10 * 1024 * 1024, 0x20), /10485760 bytes, larger than/],
    ['not JSON', '{"format": "commune-kiosk-config", ', /not JSON/],
    ['another format', JSON.stringify({ 'center.name': 'x' }), /not a kiosk config export/],
    ['a newer version', JSON.stringify({ format: CONFIG_FORMAT, version: 9, values: {} }), /newer kiosk \(format version 9/],
    ['an extra top-level field', JSON.stringify({ format: CONFIG_FORMAT, version: 1, values: {}, run: 'x' }), /not a kiosk config export/],
    ['values that are not an object', JSON.stringify({ format: CONFIG_FORMAT, version: 1, values: [1, 2] }), /values/],
    [
      'a secret of the wrong type',
      JSON.stringify({ format: CONFIG_FORMAT, version: 1, values: { 'server.token': { a: 1 } } }),
      /server\.token/,
    ],
    [
      'a URL with a foreign scheme',
      JSON.stringify({ format: CONFIG_FORMAT, version: 1, values: { 'server.url': 'file:///etc/passwd' } }),
      /server\.url/,
    ],
  ];

  it.each(hostile)('refuses a file with %s, says why, and changes nothing', (_name, content, reason) => {
    const k = kiosk();
    k.config.setMany({ 'center.name': 'UBND phường 1', 'ui.idleTimeoutS': 75, 'server.token': 'keep-me-0123456789' });
    const before = JSON.stringify(k.config.all());
    expect(() => importConfig(k.config, content)).toThrow(reason);
    expect(() => importConfig(k.config, content)).toThrow(/nothing was changed/);
    expect(JSON.stringify(k.config.all())).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('takes a file with a byte-order mark (saved by a Windows editor)', () => {
    const k = kiosk();
    importConfig(k.config, `\uFEFF${JSON.stringify({ format: CONFIG_FORMAT, version: 1, values: { 'ui.orientation': 'portrait' } })}`);
    expect(k.config.get('ui.orientation')).toBe('portrait');
  });
});
