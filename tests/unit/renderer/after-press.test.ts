// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPress } from '../../../src-renderer/components/keyboard/after-press';

/** A finger's click (detail 1), as the browser sends it when the finger lifts; answers whether it got through. */
const click = (detail = 1) => {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, detail });
  let reached = false;
  const target = document.createElement('button');
  document.body.append(target);
  target.addEventListener('click', () => {
    reached = true;
  });
  target.dispatchEvent(event);
  target.remove();
  return { reached, prevented: event.defaultPrevented };
};
const pointerDown = () => window.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));

describe("a key that closes the keyboard acts after its press's click", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('acts right after its own click, which reaches the key, and lets the next press through', () => {
    const action = vi.fn();
    afterPress(action);
    vi.advanceTimersByTime(100);
    expect(action).not.toHaveBeenCalled();
    expect(click()).toEqual({ reached: true, prevented: false });
    vi.advanceTimersByTime(0);
    expect(action).toHaveBeenCalledTimes(1);
    pointerDown();
    expect(click()).toEqual({ reached: true, prevented: false });
    vi.advanceTimersByTime(1000);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('acts after 700 ms when the click is late, and swallows that click: the key is gone', () => {
    const action = vi.fn();
    afterPress(action);
    vi.advanceTimersByTime(700);
    expect(action).toHaveBeenCalledTimes(1);
    // A busy kiosk: the lifted finger's click arrives after the keyboard closed.
    expect(click()).toEqual({ reached: false, prevented: true });
    // Only that one: the citizen's next tap goes where it lands.
    pointerDown();
    expect(click()).toEqual({ reached: true, prevented: false });
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('never swallows a new press: a press that did not click (dragged away) ends at the next pointerdown', () => {
    const action = vi.fn();
    afterPress(action);
    vi.advanceTimersByTime(700);
    pointerDown();
    expect(click()).toEqual({ reached: true, prevented: false });
    expect(action).toHaveBeenCalledTimes(1);
  });

  it("lets a click made with the machine's keyboard (detail 0) through at any time", () => {
    const action = vi.fn();
    afterPress(action);
    vi.advanceTimersByTime(700);
    expect(click(0)).toEqual({ reached: true, prevented: false });
    expect(click()).toEqual({ reached: false, prevented: true });
  });
});
