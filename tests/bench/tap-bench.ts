// What a citizen feels at every tap, measured in Debian's Chromium (touch, portrait) against the
// real web shell and core, with the ESC/POS printer emulator on TCP:
//   screen_p50_ms / screen_p95_ms   a tap that changes what is on screen, from the touch's input
//                                   event to the first frame drawing the new state
//   key_p95_ms                      an on-screen key, from the touch to the frame drawing the character
//   ticket_to_first_byte_p95_ms     the ticket tap's input event to the first byte of the ticket's
//                                   print job arriving at the printer
//   long_tasks_over_50ms            main-thread tasks over 50 ms after start-up, over every visit
// `--visits N` (default 200); `--profile FILE` also writes a CPU profile of the visits; `--trace FILE`
// a Chromium trace of them, and where the slowest taps of each kind spent their time on stderr.
// One line on stdout; per kind of tap and the long tasks on stderr.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { launchKioskBrowser, ORIENTATIONS, openKioskPage } from '../support/browser';
import { waitFor } from '../support/hardware';
import { kioskWithPrinter } from '../support/printer-kiosk';
import { type CpuProfile, topSelfTime } from './cpu-profile';
import { onlyStatusRequests } from './printer-bytes';
import { percentile, Samples } from './stats';
import { shown, TapProbe, type TapTiming } from './tap-probe';
import { tapVisit } from './tap-visit';
import { SYNC_MARK, summarizeTrace, TRACE_CATEGORIES, type TraceEvent } from './trace-summary';

function argOf(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

function visitsFromArgs(argv: readonly string[]): number {
  const raw = argOf(argv, '--visits') ?? '200';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--visits wants a whole number above 0, not "${raw}"`);
  return n;
}

const FAILURE_PNG = fileURLToPath(new URL('../../.tmp/bench-tap-failure.png', import.meta.url));

const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(0) : 'NaN');

async function main(): Promise<void> {
  const visits = visitsFromArgs(process.argv.slice(2));
  // `--profile FILE`: a CPU profile of the page over every visit (open it in DevTools), and its top functions on stderr.
  const profileFile = argOf(process.argv.slice(2), '--profile');
  const rig = await kioskWithPrinter({ backgroundSync: false });
  const kb = await launchKioskBrowser();
  try {
    const { page } = await openKioskPage(kb.browser, rig.kiosk.shell.url, ORIENTATIONS[0]);
    const cdp = await page.context().newCDPSession(page);
    const probe = await TapProbe.install(cdp);
    await probe.waitFor(
      `performance.getEntriesByName('kiosk:interactive').length > 0 && (${shown('screen-home')} || ${shown('screen-attract')})`,
      'start-up',
    );
    const startedAt = await probe.now();

    const samples = new Samples();
    const windows: Array<{ kind: string; start: number; end: number }> = [];
    const record = (kind: string, t: TapTiming) => {
      samples.add(kind, t.ms);
      windows.push({ kind, ...t.window });
    };
    const firstBytes: number[] = [];
    const hooks = {
      armPrinter() {
        const arrived = new Promise<number>((resolve) => {
          const stop = rig.emulator.onBytes((chunk) => {
            if (onlyStatusRequests(chunk)) return;
            stop();
            resolve(performance.timeOrigin + performance.now());
          });
        });
        return () =>
          Promise.race([
            arrived,
            new Promise<number>((_, reject) =>
              setTimeout(() => reject(new Error('no ticket reached the printer in 30 s')), 30_000).unref(),
            ),
          ]);
      },
      nextCutPage() {
        const before = rig.emulator.pages.filter((p) => p.cut).length;
        return () =>
          waitFor(() => rig.emulator.pages.filter((p) => p.cut).length > before, 30_000, 'the receipt printed').then(() => undefined);
      },
    };
    if (profileFile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    const traceFile = argOf(process.argv.slice(2), '--trace');
    const traceEvents: TraceEvent[] = [];
    let syncPageMs = 0;
    if (traceFile) {
      cdp.on('Tracing.dataCollected', (e) => {
        traceEvents.push(...(e.value as unknown as TraceEvent[]));
      });
      await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
      syncPageMs = await probe.evaluate<number>(`performance.mark(${JSON.stringify(SYNC_MARK)}).startTime`);
    }
    let firstVisitEnd = startedAt;
    const started = Date.now();
    for (let i = 1; i <= visits; i++) {
      const { ticketToFirstByteMs } = await tapVisit(probe, record, hooks).catch(async (err: unknown) => {
        // What the citizen would have seen when the visit went wrong, for whoever runs the bench.
        const alerts = await probe.evaluate<string[]>(`[...document.querySelectorAll('[role=alert]')].map((e) => e.textContent)`);
        await page.screenshot({ path: FAILURE_PNG });
        throw new Error(
          `visit ${i} failed (screen in ${FAILURE_PNG}; alerts: ${JSON.stringify(alerts)}): ${err instanceof Error ? err.message : String(err)}`,
        );
      });
      firstBytes.push(ticketToFirstByteMs);
      if (i === 1) firstVisitEnd = await probe.now();
      if (i % 20 === 0) process.stderr.write(`tap progress: ${i}/${visits} visits, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    }
    if (profileFile) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      writeFileSync(profileFile, JSON.stringify(profile));
      for (const t of topSelfTime(profile, 25)) process.stderr.write(`tap profile: ${t.ms.toFixed(0).padStart(6)} ms ${t.where}\n`);
    }
    if (traceFile) {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      writeFileSync(traceFile, JSON.stringify({ traceEvents, tapWindows: windows, syncPageMs }));
      for (const line of summarizeTrace(traceEvents, syncPageMs, windows)) process.stderr.write(`tap ${line}\n`);
    }
    const longTasks = (await probe.longTasksSince(startedAt)).filter((t) => t.duration > 50);
    await cdp.detach();

    const screens = samples.of((k) => k.startsWith('screen:'));
    const keys = samples.of((k) => k === 'key');
    // A long task belongs to the tap whose input-to-frame window it started in; the rest came between taps.
    const longTasksOf = (kind: string) =>
      longTasks.filter((t) => windows.some((w) => w.kind === kind && t.start >= w.start && t.start < w.end)).length;
    for (const kind of samples.kinds()) {
      const v = samples.of((k) => k === kind);
      process.stderr.write(
        `tap detail: ${kind} n=${v.length} p50=${fmt(percentile(v, 50))} p95=${fmt(percentile(v, 95))} max=${fmt(Math.max(...v))} long_tasks=${longTasksOf(kind)}\n`,
      );
    }
    process.stderr.write(
      `tap detail: touches that landed elsewhere and were made again: ${probe.missed}\n` +
        `tap detail: ticket_to_first_byte p50=${fmt(percentile(firstBytes, 50))} max=${fmt(Math.max(...firstBytes))}; long tasks ${longTasks.length} (${longTasks.filter((t) => t.start < firstVisitEnd).length} in the first visit): ${longTasks.map((t) => fmt(t.duration)).join(' ')}\n`,
    );
    process.stdout.write(
      `tap visits=${visits} screen_p50_ms=${fmt(percentile(screens, 50))} screen_p95_ms=${fmt(percentile(screens, 95))} key_p95_ms=${fmt(percentile(keys, 95))} ticket_to_first_byte_p95_ms=${fmt(percentile(firstBytes, 95))} long_tasks_over_50ms=${longTasks.length}\n`,
    );
  } finally {
    await kb.close();
    await rig.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:tap failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
