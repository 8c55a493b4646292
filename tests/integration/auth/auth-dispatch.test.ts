import { afterEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import { channels } from '../../../src-main/api/contract';
import { startTestKiosk, type TestKiosk, tempDir } from '../../support/test-kiosk';

const CHEAP = { N: 1024, r: 8, p: 1 };
const TECH_PIN = '482913';
const STAFF_PIN = '7391';

const open: TestKiosk[] = [];
const dirs: { remove(): void }[] = [];
afterEach(async () => {
  for (const k of open.splice(0)) await k.close();
  for (const d of dirs.splice(0)) d.remove();
});

function start(dataDir?: string, clock = fakeClock('2026-11-21T08:00:00Z')) {
  const k = startTestKiosk({ pinCost: CHEAP, clock, ...(dataDir ? { dataDir } : {}) });
  open.push(k);
  // The one-time code a first start writes to the log (and the console), for the first technician PIN.
  const setupCode = () => String(k.logs.records.find((r) => r.data?.setupCode)?.data?.setupCode ?? '');
  return { ...k, clock, setupCode };
}

/** A first-run kiosk whose technician set both PINs from the screen. */
async function withPins(dataDir?: string, clock = fakeClock('2026-11-21T08:00:00Z')) {
  const k = start(dataDir, clock);
  const tech = k.kiosk.newSession();
  expect(await k.kiosk.dispatch(tech, 'auth.setPin', { role: 'technician', pin: TECH_PIN, setupCode: k.setupCode() })).toMatchObject({
    ok: true,
  });
  expect(await k.kiosk.dispatch(tech, 'auth.setPin', { role: 'staff', pin: STAFF_PIN })).toMatchObject({ ok: true });
  await k.kiosk.dispatch(tech, 'auth.logout', {});
  return k;
}

describe('auth through the dispatcher', () => {
  it('lets the first technician choose a PIN at the screen with the setup code, and nobody after that', async () => {
    const k = start();
    const first = k.kiosk.newSession();
    const status = await k.kiosk.dispatch(first, 'auth.status', {});
    expect(status).toMatchObject({ ok: true, result: { technician: { set: false }, staff: { set: false } } });
    // Staff PIN cannot be claimed by a passer-by, even on a fresh kiosk.
    expect(await k.kiosk.dispatch(first, 'auth.setPin', { role: 'staff', pin: STAFF_PIN })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await k.kiosk.dispatch(first, 'auth.setPin', { role: 'technician', pin: TECH_PIN, setupCode: k.setupCode() })).toEqual({
      ok: true,
      result: { role: 'technician', sessionRole: 'technician' },
    });
    expect(first.role).toBe('technician');

    const passerBy = k.kiosk.newSession();
    expect(await k.kiosk.dispatch(passerBy, 'auth.setPin', { role: 'technician', pin: '555123' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await k.kiosk.dispatch(passerBy, 'auth.login', { role: 'technician', pin: TECH_PIN })).toEqual({
      ok: true,
      result: { outcome: 'ok', role: 'technician' },
    });
  });

  it('refuses a guessable or malformed PIN and stores nothing', async () => {
    const k = start();
    const s = k.kiosk.newSession();
    expect(await k.kiosk.dispatch(s, 'auth.setPin', { role: 'technician', pin: '123456', setupCode: k.setupCode() })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await k.kiosk.dispatch(s, 'auth.setPin', { role: 'technician', pin: '12ab56', setupCode: k.setupCode() })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(k.kiosk.auth.isSet('technician')).toBe(false);
    expect(s.role).toBe('citizen');
  });

  it('gives a staff session staff channels only: every technician channel is forbidden', async () => {
    const k = await withPins();
    const staff = k.kiosk.newSession();
    expect(await k.kiosk.dispatch(staff, 'auth.login', { role: 'staff', pin: STAFF_PIN })).toEqual({
      ok: true,
      result: { outcome: 'ok', role: 'staff' },
    });
    expect(staff.role).toBe('staff');
    const technicianOnly = Object.entries(channels).filter(([, spec]) => !spec.roles.includes('staff'));
    for (const [name] of technicianOnly) {
      expect(await k.kiosk.dispatch(staff, name, {}), name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // A staff member cannot give themself the technician role or change the technician PIN.
    expect(await k.kiosk.dispatch(staff, 'auth.setPin', { role: 'technician', pin: '555123' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await k.kiosk.dispatch(staff, 'auth.login', { role: 'technician', pin: STAFF_PIN })).toMatchObject({
      ok: true,
      result: { outcome: 'wrong-pin' },
    });
    expect(staff.role).toBe('staff');
  });

  it('raises only the calling screen, and logout drops it back to citizen with a new correlation id', async () => {
    const k = await withPins();
    const a = k.kiosk.newSession();
    const b = k.kiosk.newSession();
    await k.kiosk.dispatch(a, 'auth.login', { role: 'technician', pin: TECH_PIN });
    expect(a.role).toBe('technician');
    expect(b.role).toBe('citizen');
    const before = a.correlationId;
    expect(await k.kiosk.dispatch(a, 'auth.logout', {})).toEqual({ ok: true, result: { role: 'citizen' } });
    expect(a.role).toBe('citizen');
    expect(a.correlationId).not.toBe(before);
  });

  it('locks a PIN after five wrong tries for five minutes, even against the right PIN', async () => {
    const k = await withPins();
    const s = k.kiosk.newSession();
    const outcomes: unknown[] = [];
    for (let i = 0; i < 5; i++) outcomes.push(await k.kiosk.dispatch(s, 'auth.login', { role: 'technician', pin: '000111' }));
    expect(outcomes.map((o) => (o as { result: { outcome: string } }).result.outcome)).toEqual([
      'wrong-pin',
      'wrong-pin',
      'wrong-pin',
      'wrong-pin',
      'locked',
    ]);
    expect((outcomes[3] as { result: { attemptsLeft: number } }).result.attemptsLeft).toBe(1);
    expect(await k.kiosk.dispatch(s, 'auth.login', { role: 'technician', pin: TECH_PIN })).toEqual({
      ok: true,
      result: { outcome: 'locked', lockedUntil: '2026-11-21T08:05:00.000Z' },
    });
    expect(s.role).toBe('citizen');
    // Staff PIN is a separate lock.
    expect(await k.kiosk.dispatch(s, 'auth.login', { role: 'staff', pin: STAFF_PIN })).toMatchObject({ result: { outcome: 'ok' } });

    k.clock.advance(5 * 60 * 1000);
    expect(await k.kiosk.dispatch(s, 'auth.login', { role: 'technician', pin: TECH_PIN })).toMatchObject({ result: { outcome: 'ok' } });
  });

  it('keeps a locked PIN locked after a restart on the same database file', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const clock = fakeClock('2026-11-21T08:00:00Z');
    const first = await withPins(dir.path, clock);
    // Twenty wrong tries from four screens lock the role itself, which is what a restart keeps.
    for (let screen = 0; screen < 4; screen++) {
      const s = first.kiosk.newSession();
      for (let i = 0; i < 5; i++) await first.kiosk.dispatch(s, 'auth.login', { role: 'technician', pin: '000111' });
    }
    await first.close();
    open.splice(open.indexOf(first), 1);

    clock.advance(60 * 1000);
    const second = start(dir.path, clock);
    const fresh = second.kiosk.newSession();
    expect(await second.kiosk.dispatch(fresh, 'auth.status', {})).toMatchObject({
      ok: true,
      result: { technician: { set: true, lockedUntil: '2026-11-21T08:05:00.000Z', attemptsLeft: 0 } },
    });
    expect(await second.kiosk.dispatch(fresh, 'auth.login', { role: 'technician', pin: TECH_PIN })).toMatchObject({
      result: { outcome: 'locked' },
    });
    expect(fresh.role).toBe('citizen');
  });

  it('counts a burst of guesses sent together: no more than five get checked', async () => {
    const k = await withPins();
    const s = k.kiosk.newSession();
    const guesses = Array.from({ length: 20 }, (_, i) => String(300000 + i));
    guesses[12] = TECH_PIN;
    const replies = await Promise.all(guesses.map((pin) => k.kiosk.dispatch(s, 'auth.login', { role: 'technician', pin })));
    const outcomes = replies.map((r) => (r as { result: { outcome: string } }).result.outcome);
    expect(outcomes.filter((o) => o === 'wrong-pin')).toHaveLength(4);
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(0);
    expect(s.role).toBe('citizen');
  });

  it('logs every attempt with its outcome but never the PIN', async () => {
    const k = await withPins();
    const s = k.kiosk.newSession();
    await k.kiosk.dispatch(s, 'auth.login', { role: 'technician', pin: '918273' });
    await k.kiosk.dispatch(s, 'auth.login', { role: 'technician', pin: TECH_PIN });
    const lines = k.logs.records.filter((r) => r.module === 'core.auth');
    expect(lines.map((r) => r.msg)).toEqual(expect.arrayContaining(['PIN set', 'PIN login refused: wrong PIN', 'PIN login accepted']));
    expect(lines.find((r) => r.msg === 'PIN login accepted')?.correlationId).toBe(s.correlationId);
    const text = JSON.stringify(k.logs.records);
    for (const pin of [TECH_PIN, STAFF_PIN, '918273']) expect(text).not.toContain(pin);
  });
});
