import { describe, expect, it } from 'vitest';
import { hashPin, parsePinHash, verifyPin } from '../../../src-main/core/auth/pin-hash';

const CHEAP = { N: 1024, r: 8, p: 1 };

describe('PIN hashing', () => {
  it('verifies the right PIN and refuses a wrong one', async () => {
    const hash = await hashPin('482913', CHEAP);
    expect(await verifyPin('482913', hash)).toBe(true);
    expect(await verifyPin('482914', hash)).toBe(false);
    expect(await verifyPin('', hash)).toBe(false);
  });

  it('salts every hash, so one PIN never gives the same row twice', async () => {
    const a = await hashPin('482913', CHEAP);
    const b = await hashPin('482913', CHEAP);
    expect(a).not.toBe(b);
    expect(a).not.toContain('482913');
    expect(a.startsWith('scrypt$1024$8$1$')).toBe(true);
  });

  it('keeps the cost in the hash, so a hash made at another cost still verifies', async () => {
    const hash = await hashPin('482913', { N: 2048, r: 4, p: 1 });
    expect(parsePinHash(hash)?.cost).toEqual({ N: 2048, r: 4, p: 1 });
    expect(await verifyPin('482913', hash)).toBe(true);
  });

  it('treats a malformed or tampered hash as no match, without throwing', async () => {
    const good = await hashPin('482913', CHEAP);
    const parts = good.split('$');
    const hostile = [
      '',
      'plain-text-pin',
      'bcrypt$10$abc$def$ghi$jkl',
      ['scrypt', '3', ...parts.slice(2)].join('$'),
      ['scrypt', String(2 ** 30), ...parts.slice(2)].join('$'),
      [...parts.slice(0, 5), 'AAAA'].join('$'),
    ];
    for (const h of hostile) {
      expect(parsePinHash(h)).toBeNull();
      expect(await verifyPin('482913', h)).toBe(false);
    }
  });
});
