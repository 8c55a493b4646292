import { afterEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import { DevicePairing, PAIRING_CODE_MS, PAIRING_MAX_FAILURES } from '../../../src-main/core/hall/device-pairing';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';
import { RateLimiter } from '../../../src-main/shells/hall/rate-limit';
import { isAllowedLanHost, isSameOriginRequest } from '../../../src-main/shells/policy/lan-host-policy';
import { type HallRig, hallRig } from './hall-fixtures';

let rig: HallRig;
afterEach(() => rig?.close());

function pairing(r: HallRig) {
  return new DevicePairing({ db: r.db, clock: r.clock, log: createLogger(memorySink(), 'hall') });
}

const wrongOf = (code: string, k: number) => String((Number(code) + 1 + k) % 1_000_000).padStart(6, '0');

describe('device pairing', () => {
  it('voids every open code after repeated wrong codes', () => {
    rig = hallRig();
    const p = pairing(rig);
    const { code } = p.start();
    for (let k = 0; k < PAIRING_MAX_FAILURES; k += 1) expect(() => p.pair(wrongOf(code, k), 'display', 'TV')).toThrow(/wrong or expired/);
    expect(() => p.pair(code, 'display', 'TV')).toThrow(/wrong or expired/);
  });

  it('lets a code expire, and a revoked token verify no more', () => {
    rig = hallRig();
    const p = pairing(rig);
    const late = p.start();
    rig.clock.advance(PAIRING_CODE_MS);
    expect(() => p.pair(late.code, 'counter', 'Desk 1')).toThrow(/wrong or expired/);
    const { token, deviceId } = p.pair(p.start().code, 'counter', 'Desk 1');
    expect(p.verify(token)).toMatchObject({ id: deviceId, kind: 'counter', name: 'Desk 1' });
    expect(p.revoke(deviceId).revokedAt).not.toBeNull();
    expect(p.verify(token)).toBeNull();
    expect(() => p.revoke('nope')).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('LAN host and origin policy', () => {
  it('accepts IP addresses and the machine names on the right port only', () => {
    expect(isAllowedLanHost('192.168.1.10:8790', 8790, [])).toBe(true);
    expect(isAllowedLanHost('[::1]:8790', 8790, [])).toBe(true);
    expect(isAllowedLanHost('hall-pc.local:8790', 8790, ['hall-pc.local'])).toBe(true);
    expect(isAllowedLanHost('localhost:8790', 8790, [])).toBe(true);
    expect(isAllowedLanHost('evil.example:8790', 8790, ['hall-pc'])).toBe(false);
    expect(isAllowedLanHost('192.168.1.10:8791', 8790, [])).toBe(false);
    expect(isAllowedLanHost('192.168.1.10', 8790, [])).toBe(false);
    expect(isAllowedLanHost('user@192.168.1.10:8790', 8790, [])).toBe(false);
    expect(isAllowedLanHost(undefined, 8790, [])).toBe(false);
  });

  it('wants a page request to come from the host it asked', () => {
    expect(isSameOriginRequest(undefined, '192.168.1.10:8790')).toBe(true);
    expect(isSameOriginRequest('http://192.168.1.10:8790', '192.168.1.10:8790')).toBe(true);
    expect(isSameOriginRequest('http://evil.example', '192.168.1.10:8790')).toBe(false);
    expect(isSameOriginRequest('null', '192.168.1.10:8790')).toBe(false);
  });
});

describe('rate limiter', () => {
  it('lets a burst through, then the refill rate', () => {
    const clock = fakeClock(new Date(0));
    const limit = new RateLimiter({ perSecond: 2, burst: 3 }, clock);
    expect([1, 2, 3, 4].map(() => limit.take('a'))).toEqual([true, true, true, false]);
    expect(limit.take('b')).toBe(true);
    clock.advance(500);
    expect([limit.take('a'), limit.take('a')]).toEqual([true, false]);
  });
});
