import { join as joinPath } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHallHost, type TestHallHost } from '../../support/hall-host';
import { kioskInProcess } from '../../support/kiosk-cli';
import { tempDir } from '../../support/test-kiosk';

let host: TestHallHost | undefined;
const dirs: { remove(): void }[] = [];
afterEach(async () => {
  await host?.close();
  for (const d of dirs.splice(0)) d.remove();
});

// The commands through the CLI's entry (runCli) in this process, beside the hall host they talk to.
describe('kiosk hall (CLI)', () => {
  it('pairs a host device, lists and revokes it, and joins a member kiosk to a host', async () => {
    host = await startTestHallHost();
    const pair = await kioskInProcess(host.dataDir)('--json', 'hall', 'pair');
    expect(pair.code).toBe(0);
    const { code } = JSON.parse(pair.stdout) as { code: string };
    expect(code).toMatch(/^\d{6}$/);

    const member = tempDir();
    dirs.push(member);
    const join = await kioskInProcess(member.path)('--json', 'hall', 'join', host.base, code, '--name', 'Kiosk 2');
    expect(join.code, join.stderr).toBe(0);
    expect(JSON.parse(join.stdout)).toEqual({ role: 'member', hostUrl: host.base, hostKnowsKioskIds: true });

    const list = JSON.parse((await kioskInProcess(host.dataDir)('--json', 'hall', 'devices')).stdout) as {
      id: string;
      kind: string;
      name: string;
    }[];
    expect(list).toEqual([expect.objectContaining({ kind: 'kiosk', name: 'Kiosk 2' })]);
    // The member named the kiosk id its QR codes print, so the host knows its tickets as this hall's.
    const memberDb = new BetterSqlite3(joinPath(member.path, 'kiosk.db'), { readonly: true });
    const memberId = memberDb.prepare('SELECT kiosk_id FROM install').pluck().get();
    memberDb.close();
    expect(host.kiosk.hall.kiosks.idsOf(list[0]?.id as string)).toEqual([memberId]);
    const revoked = await kioskInProcess(host.dataDir)('--json', 'hall', 'revoke', list[0]?.id as string);
    expect(JSON.parse(revoked.stdout).revokedAt).not.toBeNull();
    expect(host.kiosk.hall.pairing.list()[0]?.revokedAt).not.toBeNull();

    // The day's figures, as the staff statistics would show them.
    host.kiosk.hall.queue.issue({ serviceId: 'civil-status', priority: false, kioskId: 'K1' });
    host.kiosk.hall.queue.callNext(1);
    host.kiosk.hall.queue.close(1, 'served');
    const day = host.kiosk.hall.queue.today();
    const stats = await kioskInProcess(host.dataDir)('--json', 'ticket', 'stats', '--date', day);
    expect(stats.code, stats.stderr).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ day, services: [{ serviceId: 'civil-status', issued: 1, served: 1, noShow: 0 }] });
  });
});
