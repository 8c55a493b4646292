import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isOwnOrigin, originOf } from '../../../src-main/shells/policy/origin-policy';

const OWN = ['app://kiosk'];
const WEB = ['http://127.0.0.1:5180', 'http://localhost:5180'];

describe('origin policy', () => {
  it('rebuilds origins for custom schemes, where URL.origin says "null"', () => {
    expect(new URL('app://kiosk/index.html').origin).toBe('null');
    expect(originOf('app://kiosk/index.html')).toBe('app://kiosk');
    expect(originOf('HTTP://127.0.0.1:5180/a?b')).toBe('http://127.0.0.1:5180');
  });

  it.each(['file:///etc/passwd', 'data:text/html,hi', 'javascript:alert(1)', 'about:blank', 'not a url', ''])(
    'gives no origin to %j',
    (url) => {
      expect(originOf(url)).toBeNull();
    },
  );

  it.each([
    ['app://kiosk/index.html', true],
    ['app://kiosk/assets/index.js?x#y', true],
    ['app://kiosk.evil/index.html', false],
    ['app://evil/index.html', false],
    ['https://kiosk/', false],
    ['file:///opt/kiosk/out/renderer/index.html', false],
    ['javascript:alert(1)', false],
  ])('the window may navigate to %s: %s', (url, expected) => {
    expect(isOwnOrigin(url, OWN)).toBe(expected);
  });

  it.each([
    ['http://127.0.0.1:5180/', true],
    ['http://localhost:5180/?token=x', true],
    ['http://127.0.0.1:5181/', false],
    ['https://127.0.0.1:5180/', false],
    ['http://127.0.0.1:5180@evil.example/', false],
    ['http://evil.example/?http://127.0.0.1:5180', false],
  ])('the web shell treats %s as its own: %s', (url, expected) => {
    expect(isOwnOrigin(url, WEB)).toBe(expected);
  });

  it('refuses any URL on another host', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        const host = new URL(url).hostname;
        fc.pre(host !== 'kiosk');
        return !isOwnOrigin(url, OWN) && !isAllowedRequest(url, OWN);
      }),
    );
  });

  it.each([
    ['app://kiosk/assets/font.woff2', true],
    ['data:image/png;base64,AAAA', true],
    ['blob:app://kiosk/1234', true],
    ['https://example.org/', false],
    ['ws://evil.example/bridge', false],
    ['file:///etc/passwd', false],
    ['chrome://gpu', false],
  ])('the renderer may request %s: %s', (url, expected) => {
    expect(isAllowedRequest(url, OWN)).toBe(expected);
  });
});
