import { existsSync } from 'node:fs';

/**
 * The Chromium the tests drive: CHROMIUM_PATH if set, else Debian's `chromium-headless-shell`, else
 * Debian's `chromium`. Playwright's own browser downloads do not work here.
 *
 * The headless shell is the same Chromium build (same version, same Blink and compositor) without
 * the browser's user interface layer, which a headless test never shows. Like Electron, it embeds
 * the content layer directly. On six e2e files it used about a fifth less CPU than the full
 * browser for the same tests and pictures (83–87 vs 104–108 CPU-s).
 */
export function chromiumPath() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium-headless-shell',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter(Boolean);
  return candidates.find((p) => existsSync(p)) ?? null;
}
