import { Agent, request } from 'node:http';
import { generateDossierCode } from '../../src-main/core/dossiers/dossier-code';
import { dossierBody } from './center-dossier-body';

/** A kiosk as the load sees it: its id and token. */
export interface LoadKiosk {
  readonly id: string;
  readonly token: string;
}

export interface LoadResult {
  /** Dossier code → the reference the center acknowledged. */
  readonly acked: Map<string, string>;
  /** Latency of each accepted request (ms), retries excluded. */
  readonly latencies: number[];
  readonly retries: number;
  readonly elapsedMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One POST over a kept-alive connection with node:http: a lightweight kiosk, and a client cheap
 * enough that a benchmark on two cores measures the center rather than fetch's own machinery.
 */
function post(agent: Agent, url: string, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Lightweight kiosks speaking the contract: each sends its dossiers one after another (as the
 * outbox does), through whichever center instance is next in the list (a round-robin load
 * balancer), and retries a network error, 408, 429 or 5xx on the next instance with a short
 * exponential backoff, until the center acknowledges.
 */
export async function sendDossiers(
  urls: () => readonly string[],
  kiosks: readonly LoadKiosk[],
  perKiosk: number,
  options: Readonly<{ concurrency?: number; onAccepted?: (total: number) => void; bodyBytes?: 'small' | 'real' }> = {},
): Promise<LoadResult> {
  const acked = new Map<string, string>();
  const latencies: number[] = [];
  let retries = 0;
  let turn = 0;
  const started = performance.now();
  const queue = [...kiosks];
  const concurrency = Math.min(options.concurrency ?? 32, kiosks.length);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const worker = async () => {
    for (let k = queue.shift(); k; k = queue.shift()) {
      for (let i = 0; i < perKiosk; i += 1) {
        const code = generateDossierCode(new Date());
        const body = JSON.stringify(dossierBody({ code, kioskId: k.id }));
        for (let attempt = 0; ; attempt += 1) {
          const list = urls();
          const url = list[turn++ % list.length] as string;
          const t0 = performance.now();
          try {
            const res = await post(
              agent,
              `${url}/api/v1/dossiers`,
              { Authorization: `Bearer ${k.token}`, 'X-Kiosk-Id': k.id, 'Idempotency-Key': code, 'Content-Type': 'application/json' },
              body,
            );
            const text = res.text;
            if (res.status === 200 || res.status === 201) {
              latencies.push(performance.now() - t0);
              acked.set(code, (JSON.parse(text) as { reference: string }).reference);
              options.onAccepted?.(acked.size);
              break;
            }
            if (res.status !== 408 && res.status !== 429 && res.status < 500) throw new Error(`refused: ${res.status} ${text}`);
          } catch (err) {
            if (err instanceof Error && err.message.startsWith('refused')) throw err;
          }
          retries += 1;
          await sleep(Math.min(1000, 20 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random()));
        }
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    agent.destroy();
  }
  return { acked, latencies, retries, elapsedMs: performance.now() - started };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}
