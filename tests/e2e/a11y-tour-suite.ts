import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { AXE_SCRIPT, seriousA11yViolations } from '../support/axe';
import { type Orientation, saveScreenshot } from '../support/browser';
import { useWebKiosk, type WebKioskUnderTest } from '../support/e2e-kiosk';
import { textSmallerThan } from '../support/readable-text';
import { runningClockFrom } from '../support/running-clock';
import { TOUR_GROUP_NAMES, TOUR_GROUPS, TOUR_STAFF_PIN, TOUR_TECH_PIN, type TourGroup } from './ux-tour';

/**
 * Which file runs which groups of the tour: three files, so both e2e workers share it. Every group
 * is in exactly one (checked when a file loads: a new group fails loudly until it is placed).
 */
export const A11Y_TOUR_FILES = {
  'ux-a11y': ['home-and-help', 'display-aids', 'tickets', 'catalog-search', 'catalog-procedure'],
  'ux-a11y-forms': ['dossier', 'lookup-scan-staff', 'idle'],
  'ux-a11y-technician': ['technician-setup', 'technician-devices', 'technician-data'],
} as const satisfies Record<string, readonly TourGroup[]>;

const placed: readonly TourGroup[] = Object.values(A11Y_TOUR_FILES).flat();
for (const group of TOUR_GROUP_NAMES) {
  const times = placed.filter((g) => g === group).length;
  if (times !== 1) throw new Error(`tour group ${group} is run by ${times} files of A11Y_TOUR_FILES; it must be one`);
}

type TourLanguage = 'vi' | 'ar';

async function setLanguage(page: Page, lang: TourLanguage): Promise<void> {
  if (lang === 'vi') return;
  await page.getByTestId('nav-language').tap();
  await page.getByTestId(`language-${lang}`).tap();
  await page.getByTestId('screen-home').waitFor();
}

/** The kiosk the accessibility tour runs on: open services, the tour's PINs set. Call in a describe body. */
export function useTourKiosk(orientation: Orientation): WebKioskUnderTest {
  return useWebKiosk(orientation, {
    // A function: the clock starts running when the kiosk does, not when the file is read.
    deps: () => ({ clock: runningClockFrom('2026-11-23T02:00:00.000Z'), pinCost: { N: 1024, r: 8, p: 1 } }),
    prepare: async (k) => {
      await k.kiosk.auth.setPin('technician', TOUR_TECH_PIN, 'cli');
      await k.kiosk.auth.setPin('staff', TOUR_STAFF_PIN, 'cli');
      // People already waiting, so the staff queue screen is checked with its rows, whichever
      // file's kiosk (and whichever group) reaches it.
      await k.kiosk.tickets.issue({ serviceId: 'civil-status', priority: false, language: 'vi', source: 'kiosk' });
      await k.kiosk.tickets.issue({ serviceId: 'certification', priority: true, language: 'en', source: 'staff' });
    },
  });
}

/**
 * One page per language for all the groups a file runs in one orientation, opened by the first
 * of them and closed after the last: a browser context and a first load per language rather than
 * per group. Every group still starts from a fresh home screen (its first stop does not
 * continue; see `startOver`). The page's clock is installed and axe-core loaded (as an init script) before the
 * kiosk's first load, so the first stop needs no second load and no check sends axe-core again.
 */
function tourPages(kiosk: WebKioskUnderTest): (lang: TourLanguage) => Promise<{ page: Page; fresh: boolean }> {
  const opened = new Map<TourLanguage, Promise<{ context: BrowserContext; page: Page }>>();
  afterAll(async () => {
    for (const tab of opened.values()) await (await tab).context.close();
  });
  return async (lang) => {
    const tab = opened.get(lang);
    if (tab) return { page: (await tab).page, fresh: false };
    const opening = kiosk.open({
      beforeLoad: async (context, page) => {
        await context.addInitScript({ content: AXE_SCRIPT });
        await page.clock.install();
      },
    });
    opened.set(lang, opening);
    return { page: (await opening).page, fresh: true };
  };
}

/**
 * A fresh home screen for the next stop, the way the next visitor gets one: Help's "End my
 * session" (every session store reset, a staff or technician role dropped, the default language
 * back), then the welcome screen's button for the tour's language. Reloading the page did the
 * same at the cost of booting the app and axe-core again: about a third of a CPU-second each, most
 * of the tour's work. Where Help cannot be reached because another dialog is up (the idle
 * question), the page is reloaded and the language is chosen on the home screen.
 */
async function startOver(page: Page, url: string, lang: TourLanguage): Promise<void> {
  const way = await page.evaluate(() => {
    if (document.querySelector('[data-testid="help-end-session"]')) return 'help-open';
    const help = document.querySelector<HTMLButtonElement>('[data-testid="nav-help"]');
    return help && !help.disabled && !document.querySelector('[aria-modal="true"]') ? 'help' : 'reload';
  });
  if (way === 'reload') {
    await page.goto(url);
    await page.getByTestId('screen-home').waitFor();
    await setLanguage(page, lang);
    return;
  }
  if (way === 'help') await page.getByTestId('nav-help').tap();
  await page.getByTestId('help-end-session').tap();
  await page.getByTestId(`attract-language-${lang}`).tap();
  await page.getByTestId('screen-home').waitFor();
}

/**
 * The screen as a visitor would read it once it stops changing: its fonts loaded, and nothing
 * marked busy (a search still on its way dims its old rows; a screen still loading; a ticket
 * being issued). Checking before that judged the dimmed rows' contrast, now and then.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  // The search's dimming goes an effect after its aria-busy does: wait for both.
  await page.locator('[aria-busy="true"], .catalog-results--stale').first().waitFor({ state: 'detached' });
}

/**
 * One test per group and language: every stop of the group gets axe's serious and critical
 * checks, the readable-size check (portrait, citizen screens) and a screenshot
 * (`screen-<stop>-<lang>-<orientation>.png`). Call in a describe body after `useTourKiosk`.
 */
export function tourTests(kiosk: WebKioskUnderTest, orientation: Orientation, groups: readonly TourGroup[]): void {
  const pageFor = tourPages(kiosk);
  for (const group of groups) {
    it.each(['vi', 'ar'] as const)(`no serious or critical axe violation in %s: ${group}`, async (lang) => {
      let { page, fresh } = await pageFor(lang);
      const failures: string[] = [];
      for (const stop of TOUR_GROUPS[group]) {
        if (!stop.continues) {
          if (fresh) {
            // The page just opened is on a fresh home screen already.
            await page.getByTestId('screen-home').waitFor();
            await setLanguage(page, lang);
          } else {
            await startOver(page, kiosk.shell.url, lang);
          }
          fresh = false;
        }
        await stop.open(page, kiosk);
        await settled(page);
        for (const v of await seriousA11yViolations(page)) failures.push(`${stop.name}: ${v}`);
        // Readable at arm's length: nothing under 24 px in portrait (technician screens are for
        // someone standing close with a task, and may be denser).
        if (orientation.name === 'portrait' && !stop.name.startsWith('technician-')) {
          for (const small of await textSmallerThan(page, 24)) failures.push(`${stop.name}: text ${small}`);
        }
        await saveScreenshot(page, `screen-${stop.name}-${lang}`, orientation);
      }
      expect(failures).toEqual([]);
    });
  }
}
