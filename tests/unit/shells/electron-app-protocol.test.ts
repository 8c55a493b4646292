import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, appProtocolHandler, PRIVILEGED_SCHEMES } from '../../../src-main/shells/electron/app-protocol';
import { contentSecurityPolicy } from '../../../src-main/shells/policy/content-security-policy';
import { tempDir } from '../../support/test-kiosk';

describe('app:// protocol', () => {
  const dir = tempDir('kiosk-app-protocol-');
  const root = join(dir.path, 'renderer');
  const handler = appProtocolHandler(root);
  beforeAll(() => {
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>kiosk</title>');
    writeFileSync(join(root, 'assets', 'app-1.js'), 'console.log(1)');
    writeFileSync(join(dir.path, 'kiosk.db'), 'personal data');
  });
  afterAll(() => dir.remove());

  it('is one privileged scheme: standard and secure, but neither CORS-readable nor exempt from the CSP', () => {
    expect(PRIVILEGED_SCHEMES).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(APP_ORIGIN).toBe('app://kiosk');
    expect(APP_ENTRY_URL).toBe('app://kiosk/index.html');
  });

  it('serves the attract screen with the CSP and the other security headers', async () => {
    const res = await handler(new Request(APP_ENTRY_URL));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>kiosk</title>');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self';");
    expect(res.headers.get('permissions-policy')).toContain('microphone=()');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('serves built assets with their type', async () => {
    const res = await handler(new Request('app://kiosk/assets/app-1.js'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('console.log(1)');
  });

  it.each([
    ['a file outside the renderer', 'app://kiosk/..%2fkiosk.db', 403],
    // The URL parser folds %2e%2e segments itself, so this asks for /kiosk.db inside the renderer.
    ['an encoded climb out', 'app://kiosk/assets/%2e%2e/%2e%2e/kiosk.db', 404],
    ['a missing asset', 'app://kiosk/assets/none.js', 404],
    ['another host on the scheme', 'app://other/index.html', 404],
    ['a malformed path', 'app://kiosk/%E0%A4%A', 400],
  ])('refuses %s', async (_label, url, status) => {
    const res = await handler(new Request(url));
    expect(res.status).toBe(status);
    expect(await res.text()).not.toContain('personal data');
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
  });

  it('answers only GET and HEAD', async () => {
    expect((await handler(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handler(new Request(APP_ENTRY_URL, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
