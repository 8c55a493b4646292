import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { systemClock } from '../../src-main/api/center-clock';
import { openDatabase } from '../../src-main/core/db/open-database';
import { createLogger } from '../../src-main/core/logging/logger';
import { systemTimers } from '../../src-main/core/outbox/center-client';
import { SyncWorker } from '../../src-main/core/outbox/sync-worker';
import { startCenterServer } from '../support/center-server';
import { tempDir } from '../support/test-kiosk';
import { bundleCrashChild } from './crash-child-bundle';

export interface CrashResult {
  readonly kills: number;
  /** Codes a child printed after the commit: receipts citizens hold. */
  readonly submitted: number;
  /** Dossiers stored locally (at least `submitted`: a kill can land between commit and print). */
  readonly stored: number;
  readonly acknowledgedByServer: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly serverRequests: number;
  readonly injectedFailures: number;
}

interface Life {
  readonly codes: string[];
}

/** Receipts a life hands out before its random countdown to SIGKILL starts. */
const RECEIPTS_BEFORE_COUNTDOWN = 2;

/** Starts the child, waits for its first receipts, lets it work a random while more, then SIGKILLs it. */
function oneLife(script: string, dataDir: string, serverUrl: string, maxLifeMs: number, random: () => number): Promise<Life> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir, serverUrl], { stdio: ['ignore', 'pipe', 'pipe'] });
    const codes: string[] = [];
    let buffer = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | null = null;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let nl = buffer.indexOf('\n');
      while (nl >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.startsWith('code ')) {
          codes.push(line.slice(5));
          // The random countdown starts once this life has handed out its first receipts, not at a
          // fixed time after start: on a loaded machine a child may otherwise die before it submits
          // anything, and a run with too few requests never meets the server's injected faults.
          if (codes.length === RECEIPTS_BEFORE_COUNTDOWN && !killTimer)
            killTimer = setTimeout(() => child.kill('SIGKILL'), Math.floor(random() * maxLifeMs));
        }
        nl = buffer.indexOf('\n');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (killTimer) clearTimeout(killTimer);
      if (signal !== 'SIGKILL') reject(new Error(`crash child ended by itself (${signal ?? _code}): ${stderr.slice(0, 2000)}`));
      else resolve({ codes });
    });
  });
}

/**
 * The crash test of the Dossiers issue: a child submits dossiers in a loop (its sync worker
 * sending to a server that fails 30% of requests) and is SIGKILLed at random moments `kills`
 * times; then the outbox is drained through the same failing server and every receipt a child
 * printed must be at the server exactly once.
 */
export async function runCrashTest(
  options: Readonly<{ kills: number; maxLifeMs?: number; seed?: number; log?: (line: string) => void }>,
): Promise<CrashResult> {
  const dir = tempDir('kiosk-crash-');
  let seed = options.seed ?? Date.now();
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const child = bundleCrashChild();
  const server = await startCenterServer({ token: 'crash-token', faults: { failRate: 0.3, dropRate: 0.05 }, seed: options.seed ?? 7 });
  try {
    const printed: string[] = [];
    for (let i = 0; i < options.kills; i++) {
      const life = await oneLife(child.script, dir.path, server.url, options.maxLifeMs ?? 400, random);
      printed.push(...life.codes);
      options.log?.(`kill ${i + 1}/${options.kills}: ${life.codes.length} receipts this life`);
    }
    const db = openDatabase(join(dir.path, 'kiosk.db'));
    try {
      const kioskId = (db.prepare('SELECT kiosk_id FROM install').get() as { kiosk_id: string }).kiosk_id;
      const worker = new SyncWorker({
        db,
        fetch: (u, i) => fetch(u, i),
        clock: systemClock,
        timers: systemTimers,
        random: Math.random,
        log: createLogger(() => undefined, 'crash'),
        endpoint: () => ({ url: server.url, token: 'crash-token', kioskId }),
        // Time is compressed: the same exponential backoff, in tens of milliseconds instead of seconds.
        backoff: { baseMs: 10, capMs: 200, maxRetryAfterMs: 200 },
        requestTimeoutMs: 2000,
      });
      worker.recover();
      const counts = await worker.drain({ deadlineMs: Date.now() + 180_000, untilEmpty: true });
      const stored = (db.prepare('SELECT code FROM dossiers').all() as { code: string }[]).map((r) => r.code);
      const atServer = server.store.allDossiers();
      const serverCodes = new Set(atServer.map((d) => d.code));
      const storedSet = new Set(stored);
      const lost = printed.filter((c) => !serverCodes.has(c) || !storedSet.has(c)).length + counts.failed;
      const created = server.store.db
        .prepare(
          `SELECT idempotency_key AS k, COUNT(*) AS n FROM requests WHERE path = '/api/v1/dossiers' AND status = 201 GROUP BY k HAVING n > 1`,
        )
        .all() as { k: string; n: number }[];
      const duplicated = created.reduce((s, r) => s + r.n - 1, 0) + (atServer.length - serverCodes.size);
      const stats = server.store.requestStats();
      return {
        kills: options.kills,
        submitted: printed.length,
        stored: stored.length,
        acknowledgedByServer: serverCodes.size,
        lost,
        duplicated,
        serverRequests: stats.total,
        injectedFailures:
          (stats.faults.fail ?? 0) +
          (stats.faults['fail-after-work'] ?? 0) +
          (stats.faults['drop-before'] ?? 0) +
          (stats.faults['drop-after'] ?? 0),
      };
    } finally {
      db.close();
    }
  } finally {
    await server.close();
    child.remove();
    dir.remove();
  }
}

export function crashLine(r: CrashResult): string {
  return `crash kills=${r.kills} submitted=${r.submitted} acknowledged_by_server=${r.acknowledgedByServer} lost=${r.lost} duplicated=${r.duplicated}`;
}
