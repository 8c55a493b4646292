import type { Page } from 'playwright-core';

/**
 * Visible text set smaller than `minPx`, as "font-size: text" lines (at most one per distinct
 * text). The kiosk promises text readable at arm's length: at least 24 px in portrait 1080×1920.
 * Text inside an element marked `data-small-ok` (a QR caption read up close, the printed-ticket
 * preview) is exempt.
 */
export async function textSmallerThan(page: Page, minPx: number): Promise<string[]> {
  return page.evaluate((min) => {
    const out = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (!text || !el || el.closest('[data-small-ok], [aria-hidden="true"], script, style')) continue;
      const rects = el.getClientRects();
      const style = getComputedStyle(el);
      if (rects.length === 0 || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const size = Number.parseFloat(style.fontSize);
      if (size < min) out.add(`${size}px: ${text.slice(0, 40)}`);
    }
    return [...out];
  }, minPx);
}
