/**
 * Five taps within three seconds in the top-left corner (over the top bar's emblem, which is not a
 * button; the bottom corners hold the help bar's Home and Help): nothing a citizen does by chance.
 */
export const GESTURE_TAPS = 5;
export const GESTURE_WINDOW_MS = 3000;
export const GESTURE_CORNER_PX = 120;

/**
 * Counts taps in the corner and says when the gesture is complete. Pure, so the rule is tested
 * without a browser; the component only feeds it pointer positions.
 */
export function createCornerTapCounter(
  options: Readonly<{ taps?: number; windowMs?: number; cornerPx?: number }> = {},
): (x: number, y: number, viewportHeight: number, at: number) => boolean {
  const taps = options.taps ?? GESTURE_TAPS;
  const windowMs = options.windowMs ?? GESTURE_WINDOW_MS;
  const corner = options.cornerPx ?? GESTURE_CORNER_PX;
  let times: number[] = [];
  // The viewport height stays in the signature so callers need not change with the corner.
  return (x, y, _viewportHeight, at) => {
    const inCorner = x <= corner && y <= corner;
    if (!inCorner) {
      times = [];
      return false;
    }
    times = [...times.filter((t) => at - t <= windowMs), at];
    if (times.length >= taps) {
      times = [];
      return true;
    }
    return false;
  };
}
