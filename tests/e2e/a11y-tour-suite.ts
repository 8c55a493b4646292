import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { AXE_SCRIPT, seriousA11yViolations } from '../support/axe';
import { ORIENTATIONS, type Orientation, openKioskPage, saveScreenshot } from '../support/browser';
import { useWebKiosk, type WebKioskUnderTest } from '../support/e2e-kiosk';
import { textSmallerThan } from '../support/readable-text';
import { runningClockFrom } from '../support/running-clock';
import { startOverIn } from './tour-start-over';
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

export type TourLanguage = 'vi' | 'ar';

/** The kiosk the tour runs on and its one page, for every test of a file. */
export interface AccessibilityTour {
  readonly kiosk: WebKioskUnderTest;
  /** The file's page, in `orientation`, on a fresh home screen in `lang`, as the next visitor gets it. */
  homeScreen(orientation: Orientation, lang: TourLanguage): Promise<Page>;
  /** The file's page, in `orientation`, loaded again: a new document (focus at its start) on the home screen, default language. */
  loadedAgain(orientation: Orientation): Promise<Page>;
  /** `saveScreenshot` of the file's page, as it is now. */
  screenshot(name: string, orientation: Orientation): Promise<string>;
}

async function setLanguage(page: Page, lang: TourLanguage): Promise<void> {
  if (lang === 'vi') return;
  await page.getByTestId('nav-language').tap();
  await page.getByTestId(`language-${lang}`).tap();
  await page.getByTestId('screen-home').waitFor();
}

/**
 * The accessibility tour's kiosk (open services, the tour's PINs set, people already waiting) and
 * ONE page on it for every test of the file, both orientations and both languages: a browser
 * context and a first load cost about 1.7 CPU-seconds, and the tour used to open eight per file.
 * The page turns by taking the other orientation's viewport, as a kiosk's screen turned on its
 * stand does (the layout follows the frame's shape through container queries, not a setting).
 * Every test still starts from a fresh home screen in its language: `startOverIn` ends the visit
 * as the next visitor's would. Its clock is installed and axe-core loaded (an init script) before
 * the first load, so no check sends axe-core again. Call at the top of a test file.
 */
export function useAccessibilityTour(): AccessibilityTour {
  const kiosk = useWebKiosk(ORIENTATIONS[0], {
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
  let tab: { context: BrowserContext; page: Page } | undefined;
  let turned: Orientation | undefined;
  /** The page is on the home screen of its first load, untouched: no need to start over. */
  let untouched = false;
  afterAll(async () => {
    await tab?.context.close();
    tab = undefined;
  });
  async function pageIn(orientation: Orientation): Promise<Page> {
    if (!tab || tab.page.isClosed()) {
      await tab?.context.close();
      const opened = await openKioskPage(kiosk.browser, kiosk.shell.url, orientation, {
        beforeLoad: async (context, page) => {
          await context.addInitScript({ content: AXE_SCRIPT });
          await page.clock.install();
        },
      });
      tab = opened;
      turned = orientation;
      await tab.page.getByTestId('screen-home').waitFor();
      untouched = true;
    } else if (turned !== orientation) {
      await tab.page.setViewportSize({ width: orientation.width, height: orientation.height });
      turned = orientation;
    }
    return tab.page;
  }
  return {
    kiosk,
    async homeScreen(orientation, lang) {
      const page = await pageIn(orientation);
      if (untouched) await setLanguage(page, lang);
      else await startOverIn(page, kiosk.shell.url, lang);
      untouched = false;
      return page;
    },
    async loadedAgain(orientation) {
      const page = await pageIn(orientation);
      if (!untouched) {
        await page.reload();
        await page.getByTestId('screen-home').waitFor();
      }
      untouched = false;
      return page;
    },
    screenshot(name, orientation) {
      if (!tab) throw new Error('the tour takes a screenshot of its page: open it first (homeScreen)');
      return saveScreenshot(tab.page, name, orientation);
    },
  };
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
 * (`screen-<stop>-<lang>-<orientation>.png`). Call in a describe body.
 */
export function tourTests(tour: AccessibilityTour, orientation: Orientation, groups: readonly TourGroup[]): void {
  for (const group of groups) {
    it.each(['vi', 'ar'] as const)(`no serious or critical axe violation in %s: ${group}`, async (lang) => {
      const failures: string[] = [];
      let page: Page | undefined;
      for (const stop of TOUR_GROUPS[group]) {
        // A group's first stop never continues (see ux-tour.ts).
        if (!stop.continues || !page) page = await tour.homeScreen(orientation, lang);
        await stop.open(page, tour.kiosk);
        await settled(page);
        for (const v of await seriousA11yViolations(page)) failures.push(`${stop.name}: ${v}`);
        // Readable at arm's length: nothing under 24 px in portrait (technician screens are for
        // someone standing close with a task, and may be denser).
        if (orientation.name === 'portrait' && !stop.name.startsWith('technician-')) {
          for (const small of await textSmallerThan(page, 24)) failures.push(`${stop.name}: text ${small}`);
        }
        await tour.screenshot(`screen-${stop.name}-${lang}`, orientation);
      }
      expect(failures).toEqual([]);
    });
  }
}
