import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../../src-main/api/center-clock';
import { WorkingCalendar } from '../../src-main/core/calendar/working-calendar';
import { openDatabase } from '../../src-main/core/db/open-database';
import { DossierService } from '../../src-main/core/dossiers/dossier-service';
import { createLogger } from '../../src-main/core/logging/logger';
import { systemTimers } from '../../src-main/core/outbox/center-client';
import { SyncWorker } from '../../src-main/core/outbox/sync-worker';
import { fixtureProcedures, validDraft } from '../support/dossier-fixtures';
import { tempDir } from '../support/test-kiosk';

/**
 * `npm run bench:outbox`: durable enqueue latency (a whole dossier submit: checks, dossier row
 * and outbox row in one synchronous=FULL transaction, on a real file) for 10,000 dossiers, then
 * the time to drain that backlog to the reference center server running as its own process.
 */
const ITEMS = Number(process.env.BENCH_ITEMS ?? 10_000);
const SERVER = fileURLToPath(new URL('../support/center-server-cli.ts', import.meta.url));

function startServer(): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SERVER, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (line: string) => {
      const m = /listening on (\S+)/.exec(line);
      if (m) resolve({ url: m[1] as string, child });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`center server exited (${code})`)));
  });
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;

const dir = tempDir('kiosk-bench-');
const server = await startServer();
try {
  const db = openDatabase(join(dir.path, 'kiosk.db'));
  const log = createLogger(() => undefined, 'bench');
  const calendar = new WorkingCalendar();
  const service = new DossierService({
    db,
    clock: systemClock,
    log,
    kioskId: 'KBENCH',
    procedures: fixtureProcedures,
    remoteStatus: async () => ({ reached: false }),
    endpoint: () => null,
    delivery: () => ({ state: 'pending', sentAt: null }),
    calendar: () => calendar,
  });
  const draft = validDraft();
  const times: number[] = [];
  for (let i = 0; i < ITEMS; i++) {
    const t0 = performance.now();
    service.submit(draft);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);

  const worker = new SyncWorker({
    db,
    fetch: (u, i) => fetch(u, i),
    clock: systemClock,
    timers: systemTimers,
    random: Math.random,
    log,
    endpoint: () => ({ url: server.url, token: '', kioskId: 'KBENCH' }),
  });
  const t0 = performance.now();
  const counts = await worker.drain({ deadlineMs: Date.now() + 600_000, untilEmpty: true });
  const seconds = (performance.now() - t0) / 1000;
  if (counts.sent !== ITEMS) throw new Error(`drain ended with ${JSON.stringify(counts)}`);
  db.close();
  const ms = (n: number) => n.toFixed(2);
  process.stdout.write(
    `outbox enqueue_p50_ms=${ms(percentile(times, 50))} enqueue_p95_ms=${ms(percentile(times, 95))} drain_per_s=${Math.round(ITEMS / seconds)} items=${ITEMS}\n`,
  );
} finally {
  server.child.kill('SIGTERM');
  dir.remove();
}
