import { afterEach, describe, expect, it } from 'vitest';
import { startTestKiosk, type TestKiosk } from '../../support/test-kiosk';

describe('session.end and the idle setting', () => {
  let t: TestKiosk;
  afterEach(async () => {
    await t?.close();
  });

  it('drops a raised role back to citizen with a new correlation id, and tells the screen', async () => {
    t = startTestKiosk();
    const session = t.kiosk.newSession();
    session.setRole('staff');
    const before = session.correlationId;
    const seen: string[] = [];
    session.onRoleChange((role) => seen.push(role));
    const reply = await t.kiosk.dispatch(session, 'session.end', {});
    expect(reply).toEqual({ ok: true, result: { role: 'citizen' } });
    expect(session.role).toBe('citizen');
    expect(session.correlationId).not.toBe(before);
    expect(seen).toEqual(['citizen']);
  });

  it('refuses arguments it does not know', async () => {
    t = startTestKiosk();
    const reply = await t.kiosk.dispatch(t.kiosk.newSession(), 'session.end', { wipe: true });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('bad-request');
  });

  it('reports ui.idleTimeoutS in system.info, 60 s by default and as configured', async () => {
    t = startTestKiosk();
    const session = t.kiosk.newSession();
    const first = await t.kiosk.dispatch(session, 'system.info', {});
    expect(first.ok && (first.result as { idleTimeoutS: number }).idleTimeoutS).toBe(60);
    t.kiosk.config.set('ui.idleTimeoutS', 90);
    const second = await t.kiosk.dispatch(session, 'system.info', {});
    expect(second.ok && (second.result as { idleTimeoutS: number }).idleTimeoutS).toBe(90);
    expect(() => t.kiosk.config.set('ui.idleTimeoutS', 5)).toThrow(/ui.idleTimeoutS/);
  });
});
