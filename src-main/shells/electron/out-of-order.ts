import ar from '../../../src-renderer/i18n/locales/ar/outOfOrder.json';
import en from '../../../src-renderer/i18n/locales/en/outOfOrder.json';
import pl from '../../../src-renderer/i18n/locales/pl/outOfOrder.json';
import vi from '../../../src-renderer/i18n/locales/vi/outOfOrder.json';
import { errorMessage } from '../../api/error-message';
import type { Logger } from '../../core/logging/logger';

/** How long the page stays before the process exits and the service manager starts it again. */
export const OUT_OF_ORDER_EXIT_DELAY_MS = 60_000;

type Messages = typeof en;

/** Every language the kiosk speaks, Vietnamese first: when the kiosk cannot start, it cannot know the visitor's. */
const LANGUAGES: readonly { lang: string; dir: 'ltr' | 'rtl'; text: Messages }[] = [
  { lang: 'vi', dir: 'ltr', text: vi },
  { lang: 'en', dir: 'ltr', text: en },
  { lang: 'ar', dir: 'rtl', text: ar },
  { lang: 'pl', dir: 'ltr', text: pl },
];

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** A page that needs nothing but itself: no script, no file, no network. */
export function outOfOrderHtml(): string {
  const sections = LANGUAGES.map(
    ({ lang, dir, text }) =>
      `<section lang="${lang}" dir="${dir}"><h1>${escapeHtml(text.title)}</h1><p>${escapeHtml(text.body)}</p><p class="small">${escapeHtml(text.restart)}</p></section>`,
  ).join('');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${escapeHtml(vi.title)}</title><style>body{margin:0;min-height:100vh;display:flex;flex-direction:column;justify-content:center;gap:2.5rem;padding:3rem;box-sizing:border-box;background:#f4f6fa;color:#1b2330;font-family:'Noto Sans',sans-serif}h1{font-size:3rem;margin:0 0 .5rem}p{font-size:1.6rem;margin:.25rem 0}.small{font-size:1.2rem;color:#4a5668}</style></head><body>${sections}</body></html>`;
}

export interface StartupFailureDeps {
  /** Opens the full-screen window and loads a URL in it. */
  readonly show: (url: string) => Promise<void>;
  /** Ends the process with a code (Electron's `app.exit`). */
  readonly exit: (code: number) => void;
  readonly log: Logger;
  readonly setTimer?: (fn: () => void, ms: number) => unknown;
  readonly delayMs?: number;
}

/**
 * Any failure before the kiosk serves: say so on the screen in every language, log the cause,
 * and exit non-zero after a while so systemd's `Restart=always` (or Shell Launcher) starts it
 * again; the delay keeps a failure that repeats from becoming a tight restart loop.
 */
export async function failStartup(err: unknown, deps: StartupFailureDeps): Promise<void> {
  const message = errorMessage(err);
  const delayMs = deps.delayMs ?? OUT_OF_ORDER_EXIT_DELAY_MS;
  deps.log.error('kiosk could not start: showing the out-of-order page, then exiting', { error: message, exitInMs: delayMs });
  (deps.setTimer ?? setTimeout)(() => deps.exit(1), delayMs);
  try {
    await deps.show(`data:text/html;charset=utf-8,${encodeURIComponent(outOfOrderHtml())}`);
  } catch (showErr) {
    deps.log.error('out-of-order page could not be shown', { error: errorMessage(showErr) });
  }
}
