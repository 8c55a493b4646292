import { describe, expect, it } from 'vitest';
import { createCornerTapCounter } from '../../../src-renderer/screens/technician/hidden-gesture';

const H = 1920;

describe('hidden corner gesture', () => {
  it('opens on the fifth tap in the top-left corner within three seconds', () => {
    const tap = createCornerTapCounter();
    const results = [0, 400, 800, 1200, 1600].map((t) => tap(20, 20, H, t));
    expect(results).toEqual([false, false, false, false, true]);
  });

  it('does not open when the taps are spread over more than three seconds', () => {
    const tap = createCornerTapCounter();
    const results = [0, 1000, 2000, 3000, 3500].map((t) => tap(20, 20, H, t));
    expect(results.at(-1)).toBe(false);
    // …but the last taps inside a three-second window still count.
    expect(tap(20, 20, H, 3600)).toBe(true);
  });

  it('starts again when a tap lands anywhere else, so ordinary use never adds up', () => {
    const tap = createCornerTapCounter();
    for (const t of [0, 100, 200, 300]) tap(10, 10, H, t);
    expect(tap(500, 500, H, 400)).toBe(false);
    expect(tap(10, 10, H, 500)).toBe(false);
  });

  it('ignores the other corners', () => {
    const tap = createCornerTapCounter();
    const results = [0, 100, 200, 300, 400].map((t) => tap(10, H - 10, H, t));
    expect(results).toEqual([false, false, false, false, false]);
  });

  it('needs a new series after it has opened once', () => {
    const tap = createCornerTapCounter();
    for (const t of [0, 100, 200, 300]) tap(10, 10, H, t);
    expect(tap(10, 10, H, 400)).toBe(true);
    expect(tap(10, 10, H, 500)).toBe(false);
  });
});
