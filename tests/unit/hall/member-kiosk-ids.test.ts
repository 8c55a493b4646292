import { afterEach, describe, expect, it } from 'vitest';
import { DevicePairing } from '../../../src-main/core/hall/device-pairing';
import { MemberKioskIds } from '../../../src-main/core/hall/member-kiosk-ids';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';
import { type HallRig, hallRig } from './hall-fixtures';

let rig: HallRig;
afterEach(() => rig?.close());

function parts(r: HallRig) {
  const log = createLogger(memorySink(), 'hall');
  const kiosks = new MemberKioskIds({ db: r.db, clock: r.clock, log, hostId: 'KHOST00001' });
  const pairing = new DevicePairing({ db: r.db, clock: r.clock, log, kiosks });
  const pairKiosk = (kioskId?: string) => pairing.pair(pairing.start().code, 'kiosk', 'Kiosk', kioskId).deviceId;
  const seen = (deviceId: string) =>
    r.db
      .prepare('SELECT kiosk_id AS kioskId, first_seen_at AS first, last_seen_at AS last FROM hall_member_kiosks WHERE device_id = ?')
      .all(deviceId);
  return { kiosks, pairing, pairKiosk, seen };
}

describe('the kiosk ids a hall host knows its members by', () => {
  it('learns an id at pairing and refreshes it when the member reports, writing at most once a minute', () => {
    rig = hallRig();
    const { kiosks, pairKiosk, seen } = parts(rig);
    const paired = rig.clock.now().toISOString();
    const d = pairKiosk('KMEMBER0001');
    expect(seen(d)).toEqual([{ kioskId: 'KMEMBER0001', first: paired, last: paired }]);

    rig.clock.advance(30_000);
    kiosks.record(d, 'KMEMBER0001');
    expect(seen(d)).toEqual([{ kioskId: 'KMEMBER0001', first: paired, last: paired }]);
    rig.clock.advance(60_000);
    kiosks.record(d, 'KMEMBER0001');
    const later = rig.clock.now().toISOString();
    expect(seen(d)).toEqual([{ kioskId: 'KMEMBER0001', first: paired, last: later }]);
    // A new id (the member's install was renewed) is kept beside the old one: older QR codes still name it.
    kiosks.record(d, 'KMEMBER0002');
    expect(kiosks.idsOf(d).sort()).toEqual(['KMEMBER0001', 'KMEMBER0002']);
  });

  it('tells the host, a member, another hall, and not sure while a paired member has not told its id', () => {
    rig = hallRig();
    const { kiosks, pairing, pairKiosk } = parts(rig);
    const day = '2026-11-23';
    const silent = pairKiosk();
    expect(kiosks.issuerOf('KHOST00001', day)).toEqual({ kind: 'host' });
    expect(kiosks.issuerOf('KELSEWHERE1', day)).toEqual({ kind: 'unknown', silentDeviceIds: new Set([silent]) });
    kiosks.record(silent, 'KMEMBER0001');
    const d = pairKiosk('KMEMBER0002');
    expect(kiosks.issuerOf('KMEMBER0002', day)).toEqual({ kind: 'members', deviceIds: new Set([d]) });
    expect(kiosks.issuerOf('KELSEWHERE1', day)).toEqual({ kind: 'other-hall' });

    // Revoked on the 23rd: its id is this hall's up to that day, another hall's after.
    pairing.revoke(d);
    expect(kiosks.issuerOf('KMEMBER0002', day)).toEqual({ kind: 'members', deviceIds: new Set([d]) });
    expect(kiosks.issuerOf('KMEMBER0002', '2026-11-22')).toMatchObject({ kind: 'members' });
    expect(kiosks.issuerOf('KMEMBER0002', '2026-11-24')).toEqual({ kind: 'other-hall' });
    // Paired again (a new device, the same kiosk): both devices are matched.
    const again = pairKiosk('KMEMBER0002');
    expect(kiosks.issuerOf('KMEMBER0002', day)).toEqual({ kind: 'members', deviceIds: new Set([d, again]) });
    expect(kiosks.issuerOf('KMEMBER0002', '2026-11-24')).toEqual({ kind: 'members', deviceIds: new Set([again]) });
  });

  it("refuses a malformed id and the host's own, storing nothing and leaving the pairing code unused", () => {
    rig = hallRig();
    const { kiosks, pairing, pairKiosk, seen } = parts(rig);
    const d = pairKiosk();
    for (const bad of ['', 'K 1', '../x', 'K'.repeat(41), 'Kí'])
      expect(() => kiosks.record(d, bad)).toThrow(expect.objectContaining({ code: 'bad-request' }));
    expect(() => kiosks.record(d, 'KHOST00001')).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(seen(d)).toEqual([]);

    const { code } = pairing.start();
    expect(() => pairing.pair(code, 'kiosk', 'Kiosk 3', 'KHOST00001')).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => pairing.pair(code, 'display', 'TV', 'KMEMBER0003')).toThrow(expect.objectContaining({ code: 'bad-request' }));
    expect(pairing.list()).toHaveLength(1);
    expect(pairing.pair(code, 'kiosk', 'Kiosk 3', 'KMEMBER0003').kind).toBe('kiosk');
  });

  it('lists each device with the ids it reported, newest first, and none for a device that never did', () => {
    rig = hallRig();
    const { kiosks, pairing, pairKiosk } = parts(rig);
    const told = pairKiosk('KMEMBER0001');
    const first = rig.clock.now().toISOString();
    const silent = pairKiosk();
    const counter = pairing.pair(pairing.start().code, 'counter', 'Desk 1').deviceId;
    rig.clock.advance(90_000);
    kiosks.record(told, 'KMEMBER0002');
    const later = rig.clock.now().toISOString();
    const listed = new Map(kiosks.withReported(pairing.list()).map((d) => [d.id, d.kioskIds]));
    expect(listed.get(told)).toEqual([
      { kioskId: 'KMEMBER0002', firstSeenAt: later, lastSeenAt: later },
      { kioskId: 'KMEMBER0001', firstSeenAt: first, lastSeenAt: first },
    ]);
    expect(listed.get(silent)).toEqual([]);
    expect(listed.get(counter)).toEqual([]);
  });
});
