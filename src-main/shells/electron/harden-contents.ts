import type { WebContents } from 'electron';
import type { Logger } from '../../core/logging/logger';
import { isOwnOrigin, originOf } from '../policy/origin-policy';
import { isBlockedKey } from './blocked-keys';

export interface ContentsPolicy {
  /** Origins the renderer may navigate within (the `app://kiosk` origin; the dev server in development). */
  readonly ownOrigins: readonly string[];
  /** Development build: devtools may stay open. */
  readonly dev: boolean;
}

/** What a log line may say about a refused URL: its origin, never a path or query that might hold data. */
function describe(url: string): string {
  return originOf(url) ?? url.split(':')[0]?.slice(0, 20) ?? 'unknown';
}

/**
 * Locks one web contents (the kiosk window, and anything else Electron ever creates, through
 * `web-contents-created`): it stays on its own origin, opens no windows, attaches no webviews,
 * ignores browser key commands, keeps zoom at 100 %, and shows no devtools in production.
 */
export function hardenContents(contents: WebContents, policy: ContentsPolicy, log: Logger): void {
  const refuseNavigation = (kind: string) => (event: { url: string; preventDefault(): void }) => {
    if (isOwnOrigin(event.url, policy.ownOrigins)) return;
    event.preventDefault();
    log.warn(`${kind} refused`, { target: describe(event.url) });
  };
  contents.on('will-navigate', refuseNavigation('navigation'));
  contents.on('will-frame-navigate', refuseNavigation('frame navigation'));
  contents.on('will-redirect', refuseNavigation('redirect'));

  contents.setWindowOpenHandler(({ url }) => {
    log.warn('new window refused', { target: describe(url) });
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('webview refused');
  });

  contents.on('before-input-event', (event, input) => {
    if (isBlockedKey(input)) event.preventDefault();
  });

  // Pinch and Ctrl+wheel zoom: the visual zoom limits stop pinch; zoom-changed undoes the rest.
  const resetZoom = () => {
    contents.setZoomFactor(1);
    void contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
  };
  contents.on('did-finish-load', resetZoom);
  contents.on('zoom-changed', resetZoom);

  // A page's beforeunload must never keep the kiosk from reloading to the attract screen.
  contents.on('will-prevent-unload', (event) => event.preventDefault());

  if (!policy.dev) {
    contents.on('devtools-opened', () => {
      contents.closeDevTools();
      log.warn('devtools closed: not available in production');
    });
  }
}
