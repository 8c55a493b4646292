import { afterEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import { IDLE_COUNTDOWN_S, STAFF_MIN_IDLE_S, TECHNICIAN_IDLE_S } from '../../../src-main/api/session-idle';
import { givePins, openBridge, STAFF_PIN, startAttackedKiosk, technicianConnection } from '../../support/attack-bridge';
import type { TestWebKiosk } from '../../support/test-kiosk';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function rig(): Promise<{ t: TestWebKiosk; clock: ReturnType<typeof fakeClock> }> {
  const clock = fakeClock('2026-12-07T02:00:00Z');
  const t = await startAttackedKiosk({ clock });
  cleanup.push(t.close);
  return { t, clock };
}

describe('item 9: staff and technician sessions end on the server after the screen’s idle time', () => {
  it('attack 09: a technician connection left alone past the screen’s idle time still calls technician channels', async () => {
    const { t, clock } = await rig();
    const tech = await technicianConnection(t);
    cleanup.push(tech.close);
    clock.advance((TECHNICIAN_IDLE_S - 10) * 1000);
    expect(await tech.call('config.get', {})).toMatchObject({ ok: true });
    // Active calls keep it; silence for the full idle time ends it.
    clock.advance(TECHNICIAN_IDLE_S * 1000);
    expect(await tech.call('config.get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await tech.call('logs.tail', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(tech.events).toContainEqual({ event: 'system.onSessionChanged', payload: { role: 'citizen' } });
  });

  it('attack 09: a staff connection left alone past the screen’s idle time still reads the queue', async () => {
    const { t, clock } = await rig();
    await givePins(t);
    const staff = await openBridge(t);
    cleanup.push(staff.close);
    expect((await staff.call('auth.login', { role: 'staff', pin: STAFF_PIN })).result).toMatchObject({ outcome: 'ok' });
    expect(await staff.call('ticket.queue', {})).toMatchObject({ ok: true });
    clock.advance((Math.max(60, STAFF_MIN_IDLE_S) + IDLE_COUNTDOWN_S) * 1000);
    expect(await staff.call('ticket.queue', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('attack 09: a silent technician screen is told its session ended without calling anything', async () => {
    const { t, clock } = await rig();
    const tech = await technicianConnection(t);
    cleanup.push(tech.close);
    clock.advance(TECHNICIAN_IDLE_S * 1000 + 1000);
    // The server's sweep runs every few seconds: wait for the event it sends.
    const ended = () =>
      tech.events.some((e) => e.event === 'system.onSessionChanged' && (e.payload as { role: string }).role === 'citizen');
    for (let i = 0; i < 200 && !ended(); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(tech.events).toContainEqual({ event: 'system.onSessionChanged', payload: { role: 'citizen' } });
  });

  it('attack 09: after the screen’s own logout the connection is a citizen again', async () => {
    const { t } = await rig();
    const tech = await technicianConnection(t);
    cleanup.push(tech.close);
    expect(await tech.call('auth.logout', {})).toMatchObject({ ok: true, result: { role: 'citizen' } });
    expect(await tech.call('config.get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
