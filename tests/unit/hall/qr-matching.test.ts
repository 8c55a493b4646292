import { afterEach, describe, expect, it } from 'vitest';
import { DevicePairing } from '../../../src-main/core/hall/device-pairing';
import { HallTicketStandings, issuedBy } from '../../../src-main/core/hall/hall-ticket-standings';
import { MemberKioskIds } from '../../../src-main/core/hall/member-kiosk-ids';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';
import { type HallRig, hallRig } from './hall-fixtures';

const HOST = 'KHOST00001';
let rig: HallRig;
afterEach(() => rig?.close());

/** A host with a member that told its id, a member of an older version that never did, and tickets of each. */
function hall() {
  rig = hallRig();
  const log = createLogger(memorySink(), 'hall');
  const kiosks = new MemberKioskIds({ db: rig.db, clock: rig.clock, log, hostId: HOST });
  const pairing = new DevicePairing({ db: rig.db, clock: rig.clock, log, kiosks });
  const standings = new HallTicketStandings(rig.queue, kiosks, HOST);
  const pairKiosk = (kioskId?: string) => pairing.pair(pairing.start().code, 'kiosk', 'Kiosk', kioskId).deviceId;
  const told = pairKiosk('KMEMBER0001');
  const silent = pairKiosk();
  const issue = (kioskId: string) => rig.queue.issue({ serviceId: 'civil-status', priority: false, kioskId }).number;
  const numbers = { host: issue(HOST), told: issue(told), silent: issue(silent) };
  return { kiosks, pairing, standings, told, silent, numbers, day: rig.queue.today() };
}

const code = (f: () => unknown) => {
  try {
    f();
    return 'answered';
  } catch (err) {
    return (err as { code?: string }).code;
  }
};

describe('whose ticket a QR names: the rule', () => {
  it('takes a device as the issuer only when the QR names it (the host, a member by its id, a silent member)', () => {
    const members = { kind: 'members', deviceIds: new Set(['d1']) } as const;
    const unknown = { kind: 'unknown', silentDeviceIds: new Set(['d9']) } as const;
    expect(issuedBy({ kind: 'host' }, HOST, HOST)).toBe(true);
    expect(issuedBy({ kind: 'host' }, 'd1', HOST)).toBe(false);
    expect(issuedBy(members, 'd1', HOST)).toBe(true);
    expect(issuedBy(members, HOST, HOST)).toBe(false);
    expect(issuedBy(unknown, 'd9', HOST)).toBe(true);
    // An unknown id is never the host's nor a member's that told another id.
    expect(issuedBy(unknown, HOST, HOST)).toBe(false);
    expect(issuedBy(unknown, 'd1', HOST)).toBe(false);
    expect(issuedBy({ kind: 'other-hall' }, 'd1', HOST)).toBe(false);
  });
});

describe('whose ticket a QR names: answers of the host', () => {
  it("tells a silent member's ticket under an id nobody reported, and nothing else under that id", () => {
    const { standings, numbers, day } = hall();
    // The older member prints its own id, which the host never heard: its ticket is told.
    expect(standings.standingOfAny('KOLDMEMBER1', day, numbers.silent)).toMatchObject({ status: 'waiting', serviceId: 'civil-status' });
    // The same unknown id with the host's or the told member's number is not that ticket: not in the queue, never "other hall".
    expect(code(() => standings.standingOfAny('KOLDMEMBER1', day, numbers.host))).toBe('not-found');
    expect(code(() => standings.standingOfAny('KOLDMEMBER1', day, numbers.told))).toBe('not-found');
    expect(code(() => standings.standingOfAny('KOLDMEMBER1', day, 'A-099'))).toBe('not-found');
    expect(code(() => standings.standingOfAny('KOLDMEMBER1', '2026-11-22', numbers.silent))).toBe('not-found');
  });

  it('matches known ids to their own tickets only', () => {
    const { standings, numbers, day } = hall();
    expect(code(() => standings.standingOfAny(HOST, day, numbers.host))).toBe('answered');
    expect(code(() => standings.standingOfAny(HOST, day, numbers.silent))).toBe('not-found');
    expect(code(() => standings.standingOfAny('KMEMBER0001', day, numbers.told))).toBe('answered');
    expect(code(() => standings.standingOfAny('KMEMBER0001', day, numbers.silent))).toBe('not-found');
  });

  it('answers other-hall for an unknown id once the silent member told its id', () => {
    const { kiosks, standings, silent, numbers, day } = hall();
    kiosks.record(silent, 'KOLDMEMBER1');
    expect(code(() => standings.standingOfAny('KELSEWHERE1', day, numbers.silent))).toBe('other-hall');
    expect(code(() => standings.standingOfAny('KOLDMEMBER1', day, numbers.silent))).toBe('answered');
  });

  it("tells a revoked silent member's tickets of the day it was revoked, and other-hall after", () => {
    const { pairing, standings, silent, numbers, day } = hall();
    pairing.revoke(silent);
    expect(code(() => standings.standingOfAny('KOLDMEMBER1', day, numbers.silent))).toBe('answered');
    rig.clock.advance(24 * 3600_000);
    expect(code(() => standings.standingOfAny('KOLDMEMBER1', rig.queue.today(), numbers.silent))).toBe('other-hall');
  });
});
