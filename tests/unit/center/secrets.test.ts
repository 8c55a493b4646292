import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  hashToken,
  newEnrolmentCode,
  newToken,
  normalizeEnrolmentCode,
  verifyPassword,
} from '../../../src-main/center/auth/secrets';

describe('center secrets', () => {
  it('hashes passwords with scrypt and a salt of their own', async () => {
    const a = await hashPassword('mật khẩu dài 123');
    const b = await hashPassword('mật khẩu dài 123');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('mật khẩu');
    expect(await verifyPassword('mật khẩu dài 123', a)).toBe(true);
    expect(await verifyPassword('mật khẩu dài 124', a)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });

  it('makes distinct tokens and stores only their hash', () => {
    const t = newToken();
    expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(t);
    expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads an enrolment code however it was typed', () => {
    const code = newEnrolmentCode();
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);
    expect(normalizeEnrolmentCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
  });
});
