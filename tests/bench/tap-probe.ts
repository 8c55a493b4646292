import type { CDPSession } from 'playwright-core';
import { evaluateBare } from './cdp-eval';

/**
 * What bench:tap installs in the kiosk page (through a bare DevTools evaluation, never
 * Playwright's injected script):
 * - the time of the input event of the next tap (the touch's own timestamp);
 * - from there, a check at every animation frame for the state the tap should lead to; the first
 *   frame that finds it is the frame that draws it, and the time taken is read in a message posted
 *   from that frame's rAF callback, so it includes that frame's style, layout and paint;
 * - every long task (> 50 ms of main thread) Chromium reports.
 */
const PROBE = `(() => {
  if (window.__tap) return;
  const longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const shown = (selector) => {
    const el = document.querySelector(selector);
    return el && el.getClientRects().length > 0 ? el : null;
  };
  let armed = null;
  let aim = null;
  let landed = false;
  // A tap counts from the input event of the touch that landed on its target, judged when it lands
  // (a key may rebuild its button right after).
  const onInput = (e) => {
    const hit = aim !== null && e.target instanceof Element && !!e.target.closest(aim);
    if (hit) landed = true;
    if (hit && armed && armed.t0 === null) armed.t0 = e.timeStamp;
  };
  addEventListener('touchstart', onInput, { capture: true, passive: true });
  addEventListener('pointerdown', onInput, { capture: true, passive: true });
  const untilFrame = (test, timeoutMs, what) => new Promise((resolve, reject) => {
    const giveUp = performance.now() + timeoutMs;
    const frame = () => {
      const value = test();
      if (value) return resolve(value);
      if (performance.now() > giveUp) return reject(new Error(typeof what === 'function' ? what() : what));
      requestAnimationFrame(frame);
    };
    frame();
  });
  window.__tap = {
    shown,
    longTasks,
    /** Where to touch an element, once it is on screen and nothing covers its middle. */
    async point(selector, timeoutMs) {
      // Brought into view at once (a smooth scroll would still be moving under the finger), then
      // a finger presses what stands still and shows: the element where it was a frame ago (a
      // keyboard closing or a screen settling moves things between two frames), its middle not
      // under a bar or the keyboard. A page still moving is aimed at again, frame after frame.
      let last = '';
      let covered = 'nothing';
      const at = await untilFrame(() => {
        const found = shown(selector);
        if (!found) return null;
        const before = found.getBoundingClientRect();
        found.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
        const r = found.getBoundingClientRect();
        const now = [r.left, r.top, r.width, r.height].join();
        const still = now === last && now === [before.left, before.top, before.width, before.height].join();
        last = now;
        if (!still) return null;
        const x = r.left + r.width / 2, y = r.top + r.height / 2;
        const hit = document.elementFromPoint(x, y);
        if (hit && (found === hit || found.contains(hit))) return { x, y };
        covered = hit ? hit.outerHTML.slice(0, 80) : 'nothing';
        return null;
      }, timeoutMs, () => selector + ' never stood still in view (last covered by ' + covered + ')');
      aim = selector;
      landed = false;
      return at;
    },
    /** Whether the last touch landed on what point() aimed at. */
    landed() {
      const hit = landed;
      aim = null;
      landed = false;
      return hit;
    },
    arm(predicate, timeoutMs) {
      const a = { t0: null };
      armed = a;
      a.done = new Promise((resolve, reject) => {
        const giveUp = performance.now() + timeoutMs;
        const frame = () => {
          if (a.t0 !== null && predicate()) {
            armed = null;
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve({ t0: a.t0, t1: performance.now(), epoch0: performance.timeOrigin + a.t0 });
            channel.port2.postMessage(null);
            return;
          }
          if (performance.now() > giveUp) {
            armed = null;
            return reject(new Error(a.t0 === null ? 'the tap never reached the page' : 'the new state was never drawn'));
          }
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      window.__tapLast = a;
    },
    waitFor(predicate, timeoutMs, what) { return untilFrame(predicate, timeoutMs, what).then(() => true); },
  };
})()`;

export interface TapTiming {
  /** Input event to the frame that drew the new state, in ms. */
  readonly ms: number;
  /** The same two moments on the page's clock, to tell which tap a long task belonged to. */
  readonly window: { readonly start: number; readonly end: number };
  /** The input event on the wall clock (ms since 1970), to compare with what another process saw. */
  readonly inputEpochMs: number;
}

const TIMEOUT_MS = 30_000;

/** Drives one kiosk page with real touches and times them. */
export class TapProbe {
  private constructor(private readonly cdp: CDPSession) {}

  static async install(cdp: CDPSession): Promise<TapProbe> {
    await evaluateBare(cdp, PROBE);
    return new TapProbe(cdp);
  }

  /** Touches that landed elsewhere because the page moved between aiming and touching (under load). */
  missed = 0;

  private async touch(selector: string): Promise<void> {
    const s = JSON.stringify(selector);
    for (let attempt = 1; ; attempt++) {
      const p = await evaluateBare<{ x: number; y: number }>(this.cdp, `__tap.point(${s}, ${TIMEOUT_MS})`);
      await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: p.x, y: p.y }] });
      await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      if (await evaluateBare<boolean>(this.cdp, '__tap.landed()')) return;
      this.missed++;
      if (attempt === 3) throw new Error(`three touches aimed at ${selector} landed elsewhere`);
    }
  }

  /** Taps without timing it (filling in a form is not what is measured). */
  tap(selector: string): Promise<void> {
    return this.touch(selector);
  }

  /** Taps and times the input event to the first frame where `state` (a page expression) holds. */
  async timedTap(selector: string, state: string): Promise<TapTiming> {
    await evaluateBare(this.cdp, `__tap.arm(() => (${state}), ${TIMEOUT_MS})`);
    await this.touch(selector);
    const r = await evaluateBare<{ t0: number; t1: number; epoch0: number }>(this.cdp, '__tapLast.done').catch((err: unknown) => {
      throw new Error(`tap on ${selector}: ${err instanceof Error ? err.message : String(err)}`);
    });
    return { ms: r.t1 - r.t0, window: { start: r.t0, end: r.t1 }, inputEpochMs: r.epoch0 };
  }

  /** Types into the focused field as an IME would (one input event), for fields not under test. */
  async type(text: string): Promise<void> {
    await this.cdp.send('Input.insertText', { text });
  }

  /** Waits, frame by frame, until a page expression holds. */
  async waitFor(state: string, what: string, timeoutMs = TIMEOUT_MS): Promise<void> {
    await evaluateBare(this.cdp, `__tap.waitFor(() => (${state}), ${timeoutMs}, ${JSON.stringify(what)})`);
  }

  /** The page's clock now, to count long tasks from a moment on. */
  now(): Promise<number> {
    return evaluateBare<number>(this.cdp, 'performance.now()');
  }

  longTasksSince(start: number): Promise<Array<{ start: number; duration: number }>> {
    return evaluateBare(this.cdp, `__tap.longTasks.filter((t) => t.start >= ${start})`);
  }

  evaluate<T>(expression: string): Promise<T> {
    return evaluateBare<T>(this.cdp, expression);
  }
}

/** A page expression: the element with this test id is on screen. */
export const shown = (testId: string): string => `!!__tap.shown(${JSON.stringify(`[data-testid="${testId}"]`)})`;
export const byTestId = (testId: string): string => `[data-testid="${testId}"]`;
