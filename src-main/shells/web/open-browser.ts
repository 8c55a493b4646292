import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Shows the kiosk full screen in a local Chromium when there is a display to show it on.
 * Returns false (and does nothing) on a headless machine.
 */
export function openKioskBrowser(url: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return false;
  const browser = CANDIDATES.find((p) => existsSync(p));
  if (!browser) return false;
  const child = spawn(
    browser,
    [
      `--app=${url}`,
      '--kiosk',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-pinch',
      '--overscroll-history-navigation=0',
      // Nothing of one visitor stays on disk for the next, and no crash or translate bubbles.
      '--incognito',
      '--noerrdialogs',
      '--disable-session-crashed-bubble',
      '--disable-features=Translate',
    ],
    { detached: true, stdio: 'ignore' },
  );
  child.on('error', () => undefined);
  child.unref();
  return true;
}
