import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameTurn, type OrientationSetting, toFramePoint } from '../../../src-renderer/app/screen-orientation';

const LANDSCAPE = { width: 1920, height: 1080 };
const PORTRAIT = { width: 1080, height: 1920 };
const SQUARE = { width: 1200, height: 1200 };

describe('whether the kiosk turns its UI', () => {
  it.each([
    // setting, window, turn
    ['auto', LANDSCAPE, 'none'],
    ['auto', PORTRAIT, 'none'],
    ['auto', SQUARE, 'none'],
    ['portrait', LANDSCAPE, 'clockwise'],
    ['portrait', PORTRAIT, 'none'],
    ['portrait', SQUARE, 'none'],
    ['landscape', LANDSCAPE, 'none'],
    ['landscape', PORTRAIT, 'clockwise'],
    ['landscape', SQUARE, 'none'],
  ] as const)('%s in a %o window: %s', (setting, window, turn) => {
    expect(frameTurn(setting, window.width, window.height)).toBe(turn);
  });

  it('turns at most once: once turned, the UI has the chosen shape', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<OrientationSetting>('auto', 'portrait', 'landscape'),
        fc.integer({ min: 1, max: 8000 }),
        fc.integer({ min: 1, max: 8000 }),
        (setting, width, height) => {
          const turned = frameTurn(setting, width, height) === 'clockwise';
          const [w, h] = turned ? [height, width] : [width, height];
          if (setting === 'portrait') expect(h >= w).toBe(true);
          if (setting === 'landscape') expect(w >= h).toBe(true);
          if (setting === 'auto') expect(turned).toBe(false);
        },
      ),
    );
  });

  it('refuses a setting it does not know instead of guessing', () => {
    expect(() => frameTurn('upside-down' as OrientationSetting, 1920, 1080)).toThrow(/upside-down/);
  });
});

describe('where a touch lands in the turned UI', () => {
  const W = LANDSCAPE.width;

  it('leaves points alone when the UI is not turned', () => {
    expect(toFramePoint('none', 30, 40, W)).toEqual({ x: 30, y: 40 });
  });

  it('puts the UI top-left corner at the window top-right corner, and its bottom-left at the window top-left', () => {
    expect(toFramePoint('clockwise', W, 0, W)).toEqual({ x: 0, y: 0 });
    expect(toFramePoint('clockwise', W, 1080, W)).toEqual({ x: 1080, y: 0 });
    expect(toFramePoint('clockwise', 0, 0, W)).toEqual({ x: 0, y: W });
    expect(toFramePoint('clockwise', 0, 1080, W)).toEqual({ x: 1080, y: W });
  });

  it('keeps every window point inside the turned UI, which is as wide as the window is tall', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: W }), fc.integer({ min: 0, max: 1080 }), (x, y) => {
        const p = toFramePoint('clockwise', x, y, W);
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x).toBeLessThanOrEqual(1080);
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeLessThanOrEqual(W);
      }),
    );
  });
});
