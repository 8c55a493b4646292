import { parseArgs } from 'node:util';
import { openCenterEngine } from '../../src-main/center/db/open-engine';
import { centerStore } from '../../src-main/center/store/center-store';
import { type LoadKiosk, percentile, sendDossiers } from '../support/center-load';
import { type CenterProcess, spawnCenter } from '../support/center-process';
import { startPostgres } from '../support/postgres';

/**
 * `npm run bench:center [-- --kiosks 3321 --dossiers 33210 --instances 2 --concurrency 48]`:
 * K lightweight kiosks speak the contract to I `kiosk center serve` processes on one PostgreSQL
 * (a throwaway cluster with fsync on), round-robin, retrying like the outbox. One line out:
 * `center kiosks=K dossiers=N instances=I accepted_per_s=… p95_ms=… duplicates=0 lost=0`.
 */
const { values } = parseArgs({
  options: {
    kiosks: { type: 'string', default: '3321' },
    dossiers: { type: 'string', default: '33210' },
    instances: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '48' },
  },
});
const K = Number(values.kiosks);
const N = Number(values.dossiers);
const I = Number(values.instances);
const perKiosk = Math.max(1, Math.round(N / K));

const cluster = await startPostgres({ durable: process.env.BENCH_FSYNC !== 'off' });
const processes: CenterProcess[] = [];
try {
  const dbUrl = await cluster.createDatabase('bench');
  const engine = await openCenterEngine(dbUrl);
  const store = centerStore(engine);
  const communes = Math.max(1, Math.ceil(K / 25));
  for (let c = 0; c < communes; c += 1) await store.kiosks.ensureCommune(`c${c}`, `Xã ${c}`, new Date());
  const kiosks: LoadKiosk[] = [];
  for (let i = 0; i < K; i += 1) {
    const id = `K${String(i).padStart(5, '0')}`;
    const { code } = await store.kiosks.issueEnrolment(`c${i % communes}`, 'bench', new Date());
    kiosks.push({ id, token: (await store.kiosks.enrol(code, id, new Date())).token as string });
  }
  for (let i = 0; i < I; i += 1) processes.push(await spawnCenter(dbUrl));
  const urls = processes.map((p) => p.url);
  const result = await sendDossiers(() => urls, kiosks, perKiosk, { concurrency: Number(values.concurrency) });
  const stored = new Set((await engine.all<{ code: string }>('SELECT code FROM dossiers')).map((r) => r.code));
  const lost = [...result.acked.keys()].filter((c) => !stored.has(c)).length;
  const duplicates = await store.dossiers.duplicateCodes();
  await engine.close();
  const perS = Math.round((result.acked.size / result.elapsedMs) * 1000);
  process.stdout.write(
    `center kiosks=${K} dossiers=${result.acked.size} instances=${I} accepted_per_s=${perS} p95_ms=${percentile(result.latencies, 0.95).toFixed(1)} duplicates=${duplicates} lost=${lost}\n`,
  );
} finally {
  await Promise.all(processes.map((p) => p.stop()));
  await cluster.stop();
}
