import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src-main/shells/policy/content-security-policy';
import { isPermissionGranted, permissionsPolicy } from '../../../src-main/shells/policy/permissions';
import { securityHeaders } from '../../../src-main/shells/policy/security-headers';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('content security policy', () => {
  const csp = directives(contentSecurityPolicy());

  it('allows scripts and styles from the kiosk itself only: no inline, no eval, no remote', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    for (const values of csp.values()) {
      expect(values.join(' ')).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    }
  });

  it('allows no frames, plugins, base changes or form posts', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('adds only the sockets it is given', () => {
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    const web = directives(contentSecurityPolicy({ connect: ['ws://127.0.0.1:5180'] }));
    expect(web.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:5180']);
  });
});

describe('permissions', () => {
  const own = ['app://kiosk'];

  it('grants the camera to the kiosk page', () => {
    expect(isPermissionGranted({ permission: 'media', mediaTypes: ['video'], origin: 'app://kiosk/index.html' }, own)).toBe(true);
  });

  it.each([
    ['microphone', { permission: 'media', mediaTypes: ['audio'], origin: 'app://kiosk' }],
    ['camera with microphone', { permission: 'media', mediaTypes: ['video', 'audio'], origin: 'app://kiosk' }],
    ['media of no stated type', { permission: 'media', mediaTypes: [], origin: 'app://kiosk' }],
    ['camera for another origin', { permission: 'media', mediaTypes: ['video'], origin: 'https://evil.example' }],
    ['geolocation', { permission: 'geolocation', mediaTypes: [], origin: 'app://kiosk' }],
    ['notifications', { permission: 'notifications', mediaTypes: [], origin: 'app://kiosk' }],
    ['serial', { permission: 'serial', mediaTypes: [], origin: 'app://kiosk' }],
    ['opening external links', { permission: 'openExternal', mediaTypes: [], origin: 'app://kiosk' }],
    ['clipboard', { permission: 'clipboard-read', mediaTypes: [], origin: 'app://kiosk' }],
  ])('denies %s', (_label, ask) => {
    expect(isPermissionGranted(ask, own)).toBe(false);
  });

  it('says the same to browsers: camera for the page, the rest off', () => {
    const policy = permissionsPolicy();
    expect(policy).toContain('camera=(self)');
    for (const feature of ['microphone', 'geolocation', 'usb', 'serial', 'hid', 'payment', 'display-capture']) {
      expect(policy).toContain(`${feature}=()`);
    }
  });
});

describe('security headers', () => {
  it('carry the CSP, the permission policy and the framing, sniffing and referrer guards', () => {
    const headers = securityHeaders({ connect: ['ws://127.0.0.1:1'] });
    expect(headers).toMatchObject({
      'Permissions-Policy': permissionsPolicy(),
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy({ connect: ['ws://127.0.0.1:1'] }));
  });
});
