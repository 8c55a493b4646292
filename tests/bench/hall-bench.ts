/**
 * The hall over loopback (docs/hall.md): a real hall host (SQLite file, HTTP server, live socket),
 * 2 member kiosks issuing 2,000 tickets through its API while 8 signed-in counters call and serve,
 * and a display socket timing each call from the counter's request to the display's push.
 * Targets: issue_p95_ms < 50, call_to_display_p95_ms < 200, duplicates = 0.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { systemClock } from '../../src-main/api/center-clock';
import type { HallPush } from '../../src-main/api/hall';
import { createKiosk } from '../../src-main/core/kiosk/create-kiosk';
import { createLogger, memorySink } from '../../src-main/core/logging/logger';
import { startHallServer } from '../../src-main/shells/hall/hall-server';
import { tempDir } from '../support/test-kiosk';

/** `npm run bench:hall -- --tickets 400` for a short comparison run; the target is measured at 2,000. */
const ticketsArg = process.argv.indexOf('--tickets');
const TICKETS = ticketsArg > 0 ? Number(process.argv[ticketsArg + 1]) : 2000;
if (!Number.isInteger(TICKETS) || TICKETS < 2 || TICKETS % 2 !== 0) throw new Error('--tickets wants an even number of at least 2');
const KIOSKS = 2;
const COUNTERS = 8;
const PIN = '284913';
/** Counters per service: every one of the 8 desks serves something. */
const DESKS: Readonly<Record<string, number[]>> = {
  'civil-status': [1, 2],
  certification: [3, 4],
  residence: [5],
  land: [6],
  business: [7],
  social: [8],
  results: [8],
};

const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] as number);
};

const dir = tempDir('hall-bench-');
const logs = memorySink(10);
const kiosk = createKiosk({
  dataDir: dir.path,
  shell: 'cli',
  appVersion: 'bench',
  clock: systemClock,
  logSink: logs,
  backgroundSync: false,
  pinCost: { N: 1024, r: 8, p: 1 },
});
await kiosk.auth.setPin('staff', PIN, 'cli');
const always = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ from: '00:00', to: '24:00' }]]));
for (const s of kiosk.tickets.listServices())
  kiosk.tickets.saveService({ ...s, counters: DESKS[s.id] ?? s.counters, hours: always as typeof s.hours });
const server = await startHallServer(kiosk.hall, {
  rendererDir: dir.path,
  audioDir: dir.path,
  log: createLogger(logs, 'bench'),
  port: 0,
  bind: '127.0.0.1',
  names: [],
});
const base = server.url;

async function post(
  path: string,
  token: string,
  body: unknown,
  session?: string,
): Promise<{ ok: boolean; result?: unknown; error?: { code: string } }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  if (session) headers['X-Hall-Session'] = session;
  const res = await fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return (await res.json()) as { ok: boolean; result?: unknown };
}

/** Pairing is not what is measured (and is rate-limited per address): done on the host directly. */
function pair(kind: 'kiosk' | 'counter' | 'display'): string {
  return kiosk.hall.pairing.pair(kiosk.hall.pairing.start().code, kind, `${kind} bench`).token;
}

const kioskTokens = Array.from({ length: KIOSKS }, () => pair('kiosk'));
const desks: { token: string; session: string; counter: number }[] = [];
for (let counter = 1; counter <= COUNTERS; counter += 1) {
  const token = pair('counter');
  const r = await post('/api/hall/counter/session', token, { pin: PIN, counter });
  desks.push({ token, session: (r.result as { session: { session: string } }).session.session, counter });
}

// The display: a live socket; each call push settles the counter's pending timing.
const displayToken = pair('display');
const arrivals = new Map<string, number>();
const waiting = new Map<string, (at: number) => void>();
const display = new WebSocket(`${base.replace(/^http/, 'ws')}/api/hall/live?token=${displayToken}`);
display.on('message', (data) => {
  const push = JSON.parse(String(data)) as HallPush;
  if (push.type !== 'call') return;
  const at = performance.now();
  arrivals.set(push.call.ticketId, at);
  waiting.get(push.call.ticketId)?.(at);
});
await new Promise((resolve) => display.once('open', resolve));

const issueMs: number[] = [];
const callToDisplayMs: number[] = [];
let issuing = true;

const serviceIds = Object.keys(DESKS);
async function kioskLoop(token: string, count: number, offset: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const t0 = performance.now();
    const r = await post('/api/hall/issue', token, { serviceId: serviceIds[(i + offset) % serviceIds.length], priority: i % 25 === 0 });
    if (!r.ok) throw new Error(`issue refused: ${JSON.stringify(r.error)}`);
    issueMs.push(performance.now() - t0);
    // A kiosk's share of the device rate limit (100 requests/s).
    await sleep(12);
  }
}

async function deskLoop(desk: (typeof desks)[number]): Promise<void> {
  while (issuing) {
    const t0 = performance.now();
    const r = await post('/api/hall/counter/action', desk.token, { action: 'call-next' }, desk.session);
    if (!r.ok) {
      // Slowed down by the rate limit, or a ticket left open by a refused 'served': settle and go on.
      if (r.error?.code === 'conflict') await post('/api/hall/counter/action', desk.token, { action: 'served' }, desk.session);
      await sleep(500);
      continue;
    }
    const ticket = (r.result as { ticket: { id: string } | null }).ticket;
    if (ticket) {
      // The push often arrives before the counter's answer: it is timed when it arrives.
      const arrived =
        arrivals.get(ticket.id) ??
        (await Promise.race([new Promise<number>((resolve) => waiting.set(ticket.id, resolve)), sleep(5000).then(() => Number.NaN)]));
      waiting.delete(ticket.id);
      if (Number.isNaN(arrived)) throw new Error(`the display never heard the call of ticket ${ticket.id}`);
      callToDisplayMs.push(arrived - t0);
      await post('/api/hall/counter/action', desk.token, { action: 'served' }, desk.session);
    }
    // A desk's share of the device rate limit (10 requests/s), with room to spare.
    await sleep(250);
  }
}

const desksDone = Promise.all(desks.map(deskLoop));
await Promise.all(kioskTokens.map((token, k) => kioskLoop(token, TICKETS / KIOSKS, k)));
issuing = false;
await desksDone;

const day = kiosk.hall.queue.today();
const { total, uniq } = kiosk.db
  .prepare('SELECT COUNT(*) AS total, COUNT(DISTINCT number) AS uniq FROM hall_tickets WHERE day = ?')
  .get(day) as { total: number; uniq: number };
display.close();
await server.close();
await kiosk.close();
dir.remove();
process.stdout.write(
  `hall kiosks=${KIOSKS} counters=${COUNTERS} tickets=${total} issue_p95_ms=${p95(issueMs).toFixed(1)} call_to_display_p95_ms=${p95(callToDisplayMs).toFixed(1)} duplicates=${total - uniq}\n`,
);
