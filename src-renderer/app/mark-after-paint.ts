/**
 * Runs `fn` once the frame that shows the current state has been painted: the animation-frame
 * callback runs just before the paint, and a task queued from it runs after. Returns a cancel.
 */
export function afterNextPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Sets a performance mark once the frame that shows the current state has been painted.
 * `npm run bench:ui` reads `kiosk:interactive` this way, so the figure is the moment a citizen
 * sees a home screen that answers, never earlier than the first paint.
 */
export function markAfterNextPaint(name: string): void {
  afterNextPaint(() => performance.mark(name));
}
