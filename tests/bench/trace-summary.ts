/**
 * Where the time of the slowest taps went, from a Chromium trace (DevTools `Tracing` over CDP):
 * per kind of tap, the main thread's work inside the slowest windows (input event to the frame
 * that drew the new state), by trace event name, and the raster work on the other threads.
 */
export interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

/** Trace categories that show a frame's JavaScript, style, layout, paint and raster. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8'].join(',');

/** The mark set in the page when tracing starts, to put the page's clock on the trace's. */
export const SYNC_MARK = 'tap:trace-sync';

const MAIN_WORK = new Set([
  'RunTask',
  'EventDispatch',
  'FunctionCall',
  'FireAnimationFrame',
  'TimerFire',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'V8.GC_MARK_COMPACTOR',
]);

export interface TapWindow {
  readonly kind: string;
  /** Page clock (performance.now), ms. */
  readonly start: number;
  readonly end: number;
}

/** Clip-summed durations (ms) by event name inside the windows, per kind, for the slowest `share` of each kind. */
export function summarizeTrace(events: readonly TraceEvent[], syncPageMs: number, windows: readonly TapWindow[], share = 0.1): string[] {
  const sync = events.find((e) => e.name === SYNC_MARK);
  if (!sync) return ['trace: the sync mark is missing; nothing to attribute'];
  const offsetUs = sync.ts - syncPageMs * 1000;
  // The page's main thread: the one that ran the sync mark.
  const mainOf = (e: TraceEvent) => e.pid === sync.pid && e.tid === sync.tid;
  const complete = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number');
  const lines: string[] = [];
  const kinds = [...new Set(windows.map((w) => w.kind))];
  for (const kind of kinds) {
    const mine = windows.filter((w) => w.kind === kind).sort((a, b) => b.end - b.start - (a.end - a.start));
    const slow = mine.slice(0, Math.max(1, Math.round(mine.length * share)));
    const byName = new Map<string, number>();
    let raster = 0;
    for (const w of slow) {
      const a = w.start * 1000 + offsetUs;
      const b = w.end * 1000 + offsetUs;
      for (const e of complete) {
        const s = Math.max(e.ts, a);
        const f = Math.min(e.ts + (e.dur as number), b);
        if (f <= s) continue;
        if (mainOf(e) && MAIN_WORK.has(e.name)) byName.set(e.name, (byName.get(e.name) ?? 0) + (f - s) / 1000);
        else if (!mainOf(e) && e.name === 'RasterTask') raster += (f - s) / 1000;
      }
    }
    const n = slow.length;
    const avgMs = slow.reduce((t, w) => t + w.end - w.start, 0) / n;
    const parts = [...byName]
      .sort((x, y) => y[1] - x[1])
      .map(([name, ms]) => `${name}=${(ms / n).toFixed(1)}`)
      .join(' ');
    lines.push(
      `trace: ${kind} slowest ${n}/${mine.length} avg=${avgMs.toFixed(0)} ms; per tap ${parts} raster(other threads)=${(raster / n).toFixed(1)}`,
    );
  }
  return lines;
}
