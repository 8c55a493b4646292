import { afterEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import { type BridgeConnection, givePins, openBridge, STAFF_PIN, startAttackedKiosk, TECHNICIAN_PIN } from '../../support/attack-bridge';
import type { TestWebKiosk } from '../../support/test-kiosk';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

type Login = { outcome: string; lockedUntil?: string; attemptsLeft?: number };
const START = '2026-12-07T02:00:00.000Z';
const MINUTE = 60 * 1000;
const at = (ms: number) => new Date(Date.parse(START) + ms).toISOString();

async function rig(): Promise<{ t: TestWebKiosk; clock: ReturnType<typeof fakeClock> }> {
  const clock = fakeClock(START);
  const t = await startAttackedKiosk({ clock });
  cleanup.push(t.close);
  await givePins(t);
  return { t, clock };
}

async function connection(t: TestWebKiosk): Promise<BridgeConnection> {
  const c = await openBridge(t);
  cleanup.push(c.close);
  return c;
}

async function guess(c: BridgeConnection, pin = '918273'): Promise<Login> {
  return (await c.call('auth.login', { role: 'technician', pin })).result as Login;
}

describe('item 11: PIN lockout per source as well as per role, and it lengthens', () => {
  it('attack 11: five wrong PINs from one citizen connection lock every technician out', async () => {
    const { t } = await rig();
    const attacker = await connection(t);
    const outcomes: Login[] = [];
    for (let i = 0; i < 5; i++) outcomes.push(await guess(attacker));
    expect(outcomes.map((o) => o.outcome)).toEqual(['wrong-pin', 'wrong-pin', 'wrong-pin', 'wrong-pin', 'locked']);
    expect(await guess(attacker, TECHNICIAN_PIN)).toEqual({ outcome: 'locked', lockedUntil: at(5 * MINUTE) });
    // The technician at another connection is not locked out by the visitor.
    const technician = await connection(t);
    expect(
      ((await technician.call('auth.status', {})).result as { technician: { lockedUntil: string | null } }).technician.lockedUntil,
    ).toBeNull();
    expect(await guess(technician, TECHNICIAN_PIN)).toEqual({ outcome: 'ok', role: 'technician' });
  });

  it('attack 11: a source that keeps guessing after each lock is locked 5 min, then 15 min, then 1 h', async () => {
    const { t, clock } = await rig();
    const attacker = await connection(t);
    for (const [round, step] of [5 * MINUTE, 15 * MINUTE, 60 * MINUTE].entries()) {
      let last: Login = { outcome: '' };
      for (let i = 0; i < 5; i++) last = await guess(attacker);
      expect(last.outcome, `round ${round}`).toBe('locked');
      expect(Date.parse(last.lockedUntil as string) - clock.now().getTime()).toBe(step);
      clock.set(last.lockedUntil as string);
    }
  });

  it('attack 11: a guesser opening connection after connection is stopped by the role lock, which lengthens too', async () => {
    const { t, clock } = await rig();
    const end = Date.parse(START) + 24 * 60 * 60 * 1000;
    let n = 0;
    // A whole day of guessing as fast as the kiosk allows, a fresh connection for every five tries.
    while (clock.now().getTime() < end) {
      const c = await connection(t);
      for (let i = 0; i < 5; i++) await guess(c, String(100000 + n++));
      c.close();
      // The role's own lock (what any new connection meets) is waited out; a source lock is not.
      const roleLock = t.kiosk.auth.status().technician.lockedUntil;
      if (roleLock) clock.set(roleLock);
    }
    // Guesses the kiosk actually checked against the PIN: each one logs a wrong-PIN line.
    const checked = t.logs.records.filter((r) => r.msg.startsWith('PIN login refused: wrong PIN')).length;
    // Before: 5 every 5 minutes, 1,440 a day. Now 20 per lock, and the locks grow to a day.
    expect(checked).toBeLessThanOrEqual(100);
    // The staff PIN is a separate lock: the desk still works.
    const desk = await connection(t);
    expect((await desk.call('auth.login', { role: 'staff', pin: STAFF_PIN })).result).toMatchObject({ outcome: 'ok' });
  });
});
