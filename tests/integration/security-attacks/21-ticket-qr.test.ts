import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import { openBridge, startAttackedKiosk } from '../../support/attack-bridge';
import { KIOSK } from '../../support/kiosk-cli';
import type { TestWebKiosk } from '../../support/test-kiosk';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

type Ticket = { id: string; number: string; day: string; statusUrl: string | null };

/** A kiosk on a Monday morning in Hà Nội, with a queue status page for its ticket QR codes. */
async function rig(): Promise<TestWebKiosk> {
  const t = await startAttackedKiosk({ clock: fakeClock('2026-12-07T02:00:00Z') });
  cleanup.push(t.close);
  t.kiosk.config.set('tickets.statusUrl', 'https://dichvucong.example.gov.vn/queue');
  return t;
}

describe('item 21: the kiosk’s own ticket QR opens that ticket', () => {
  it('attack 21: a citizen scans the QR printed on their own ticket at the kiosk', async () => {
    const t = await rig();
    const citizen = await openBridge(t);
    cleanup.push(citizen.close);
    const issued = (await citizen.call('ticket.issue', { serviceId: 'land' })).result as Ticket;
    expect(issued.statusUrl).toMatch(/\/queue\?kiosk=.*&day=.*&ticket=D-001$/);
    const scan = await citizen.call('scan.submit', { payload: issued.statusUrl, source: 'camera' });
    expect(scan.result).toEqual({ kind: 'ticket', kiosk: t.kiosk.kioskId, day: issued.day, number: 'D-001' });
    const { kind: _kind, ...ref } = scan.result as { kind: string; kiosk: string; day: string; number: string };
    const found = await citizen.call('ticket.lookup', ref);
    expect(found).toMatchObject({ ok: true, result: { id: issued.id, number: 'D-001' } });
  });

  it('attack 21: a ticket QR of another kiosk or a forged number opens nothing', async () => {
    const t = await rig();
    const citizen = await openBridge(t);
    cleanup.push(citizen.close);
    const issued = (await citizen.call('ticket.issue', { serviceId: 'land' })).result as Ticket;
    expect(await citizen.call('ticket.lookup', { kiosk: 'KOTHER1', day: issued.day, number: 'D-001' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await citizen.call('ticket.lookup', { kiosk: t.kiosk.kioskId, day: issued.day, number: 'D-999' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await citizen.call('ticket.lookup', { kiosk: t.kiosk.kioskId, day: issued.day, number: "D-001' OR 1=1" })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('attack 21: `kiosk scan classify` says a ticket QR is a ticket', () => {
    const url = 'https://dichvucong.example.gov.vn/queue?kiosk=K1A2B3&day=2026-12-07&ticket=A-001';
    const r = spawnSync(process.execPath, [KIOSK, '--json', 'scan', 'classify', '--', url], {
      encoding: 'utf8',
      env: { ...process.env, KIOSK_DATA_DIR: '/nonexistent-not-needed' },
    });
    expect(r.stdout).toBe('{"kind":"ticket","kiosk":"K1A2B3","day":"2026-12-07","number":"A-001"}\n');
  });
});
