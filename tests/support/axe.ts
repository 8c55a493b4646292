import axe from 'axe-core';
import type { Page } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core, configured, as a script for a document. A page that is checked after every load (the
 * accessibility tour) gets it as an init script of its context instead (`context.addInitScript`):
 * Chromium then runs it as each document starts, rather than the test sending half a megabyte
 * over the wire and compiling it after every load.
 */
export const AXE_SCRIPT = `${axe.source}\n;axe.configure({ allowedOrigins: ['<same_origin>'], branding: { application: 'kiosk-e2e' } });`;

type Found = { id: string; impact: string | null | undefined; help: string; targets: string[] };

/**
 * axe-core on the page as it is now; returns the serious and critical violations as short lines
 * (rule, impact, the first offending elements), so a failing test says what to fix.
 *
 * axe runs in the page itself (what @axe-core/playwright calls legacy mode): the kiosk has no
 * iframes, and the default mode opens a blank page per check to merge frame results, which doubled
 * the accessibility tour's time. axe-core's source (half a megabyte) goes into a document once,
 * not twice per check as AxeBuilder's legacy mode sends it: a tour that walks several screens of
 * one page checks each with the copy already there. Same rules, same tags; only violations are
 * collected (passes and inapplicable rules are not needed here).
 */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!loaded) await page.evaluate(AXE_SCRIPT);
  const violations = await page.evaluate(async (tags) => {
    const run = (window as unknown as { axe: typeof import('axe-core') }).axe.run;
    const results = await run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map(
      (v): Found => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }),
    );
  }, TAGS);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(' | ')}`);
}
