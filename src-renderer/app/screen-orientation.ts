import type { PublicConfig } from '../../src-main/api/channels/config';

/** The technician's choice (config `ui.orientation`). */
export type OrientationSetting = PublicConfig['orientation'];

/**
 * How the whole UI is turned inside the window: not at all, or a quarter turn clockwise.
 *
 * Kiosks are often a landscape monitor stood on its side as a totem, on a PC whose display
 * rotation was never set or is reset by a graphics driver. The window then has the wrong shape
 * for the way people see the panel. One direction is enough, and we chose clockwise: a monitor
 * turned a quarter turn anticlockwise (its normal top edge on the left, the usual way on VESA
 * stands) shows a clockwise-turned picture upright. Mounted the other way round, the OS
 * rotation must be set instead (or the monitor turned over).
 */
export type FrameTurn = 'none' | 'clockwise';

/**
 * Whether the UI must turn so that it lays out in the chosen orientation. `auto` follows the
 * window as the OS reports it (never turns); `portrait` turns a wider-than-tall window and
 * `landscape` a taller-than-wide one. A square window fits both and never turns.
 */
export function frameTurn(setting: OrientationSetting, width: number, height: number): FrameTurn {
  switch (setting) {
    case 'auto':
      return 'none';
    case 'portrait':
      return width > height ? 'clockwise' : 'none';
    case 'landscape':
      return height > width ? 'clockwise' : 'none';
    default: {
      const unknown: never = setting;
      throw new Error(`unknown orientation setting: ${String(unknown)}`);
    }
  }
}

/**
 * A point in the window (an event's clientX/clientY) in the turned UI's own coordinates, where
 * (0, 0) is the top-left corner as the person in front of the screen sees it. Clockwise, the
 * UI's top-left corner sits at the window's top-right corner and its x axis runs down the window.
 */
export function toFramePoint(turn: FrameTurn, x: number, y: number, windowWidth: number): Readonly<{ x: number; y: number }> {
  return turn === 'clockwise' ? { x: y, y: windowWidth - x } : { x, y };
}
