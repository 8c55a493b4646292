import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Clock } from '../../src-main/core/system/clock';
import { seriousA11yViolations } from '../support/axe';
import { type Orientation, saveScreenshot } from '../support/browser';
import { useWebKiosk, type WebKioskUnderTest } from '../support/e2e-kiosk';
import { textSmallerThan } from '../support/readable-text';
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

/** A Monday morning, so the ticket services are open whenever the suite runs. */
function runningClockFrom(start: string): Clock {
  const offset = new Date(start).getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

async function setLanguage(page: Page, lang: 'vi' | 'ar'): Promise<void> {
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
 * One test per group and language: every stop of the group gets axe's serious and critical
 * checks, the readable-size check (portrait, citizen screens) and a screenshot
 * (`screen-<stop>-<lang>-<orientation>.png`). Call in a describe body after `useTourKiosk`.
 */
export function tourTests(kiosk: WebKioskUnderTest, orientation: Orientation, groups: readonly TourGroup[]): void {
  for (const group of groups) {
    it.each(['vi', 'ar'] as const)(`no serious or critical axe violation in %s: ${group}`, async (lang) => {
      const { page, context } = await kiosk.open();
      await page.clock.install();
      const failures: string[] = [];
      for (const stop of TOUR_GROUPS[group]) {
        if (!stop.continues) {
          await page.goto(kiosk.shell.url);
          await page.getByTestId('screen-home').waitFor();
          await setLanguage(page, lang);
        }
        await stop.open(page, kiosk);
        await page.evaluate(() => document.fonts.ready);
        for (const v of await seriousA11yViolations(page)) failures.push(`${stop.name}: ${v}`);
        // Readable at arm's length: nothing under 24 px in portrait (technician screens are for
        // someone standing close with a task, and may be denser).
        if (orientation.name === 'portrait' && !stop.name.startsWith('technician-')) {
          for (const small of await textSmallerThan(page, 24)) failures.push(`${stop.name}: text ${small}`);
        }
        await saveScreenshot(page, `screen-${stop.name}-${lang}`, orientation);
      }
      expect(failures).toEqual([]);
      await context.close();
    });
  }
}
