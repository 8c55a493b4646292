import { afterAll, describe, expect, it } from 'vitest';
import { openCenterEngine } from '../../../src-main/center/db/open-engine';
import { centerStore } from '../../../src-main/center/store/center-store';
import { postgresCluster } from '../../support/center-databases';
import { sendDossiers } from '../../support/center-load';
import { type CenterProcess, spawnCenter } from '../../support/center-process';

describe('two center processes on one PostgreSQL, one killed with SIGKILL mid-load', () => {
  const processes: CenterProcess[] = [];
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop('SIGKILL')));
  });

  it('holds exactly the 1,000 dossiers the kiosks sent: none twice, none lost', async () => {
    const cluster = await postgresCluster();
    const dbUrl = await cluster.createDatabase('fault');
    const engine = await openCenterEngine(dbUrl);
    const store = centerStore(engine);
    await store.kiosks.ensureCommune('xa-ta-phin', 'Xã Tả Phìn', new Date());
    const kiosks = [];
    for (let i = 0; i < 20; i += 1) {
      const id = `K${String(i).padStart(3, '0')}`;
      const { code } = await store.kiosks.issueEnrolment('xa-ta-phin', 'test', new Date());
      const enrolled = await store.kiosks.enrol(code, id, new Date());
      kiosks.push({ id, token: enrolled.token as string });
    }

    const a = await spawnCenter(dbUrl);
    const b = await spawnCenter(dbUrl);
    processes.push(a, b);
    let live = [a.url, b.url];
    let killed = false;
    const result = await sendDossiers(() => live, kiosks, 50, {
      concurrency: 20,
      onAccepted: (total) => {
        if (!killed && total >= 300) {
          killed = true;
          // The balancer keeps sending to the dead instance until it notices: the clients retry.
          a.child.kill('SIGKILL');
          void a.exited.then(() => {
            live = [b.url];
          });
        }
      },
    });
    expect(killed).toBe(true);
    expect(a.child.signalCode).toBe('SIGKILL');
    expect(result.acked.size).toBe(1000);
    expect(await store.dossiers.count()).toBe(1000);
    expect(await store.dossiers.duplicateCodes()).toBe(0);
    const stored = new Set((await engine.all<{ code: string }>('SELECT code FROM dossiers')).map((r) => r.code));
    expect([...result.acked.keys()].filter((code) => !stored.has(code))).toEqual([]);
    // Every acknowledgement carries its own reference, and the kill forced retries.
    expect(new Set(result.acked.values()).size).toBe(1000);
    expect(result.retries).toBeGreaterThan(0);
    await engine.close();
  });
});
