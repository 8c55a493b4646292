import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Shows the kiosk full screen in a local Chromium when there is a display to show it on.
 * Returns the browser's process (null, doing nothing, on a headless machine). `url` is a
 * launch URL: this command line is readable by every local account, so it must not hold the token.
 */
export function openKioskBrowser(url: string, env: NodeJS.ProcessEnv = process.env, candidates = CANDIDATES): ChildProcess | null {
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  const browser = candidates.find((p) => existsSync(p));
  if (!browser) return null;
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
  return child;
}
