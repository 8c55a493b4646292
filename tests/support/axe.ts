import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * axe-core on the page as it is now; returns the serious and critical violations as short lines
 * (rule, impact, the first offending elements), so a failing test says what to fix.
 *
 * Legacy mode runs axe in the page itself: the kiosk has no iframes, and the default mode opens a
 * blank page per check to merge frame results, which doubled the accessibility tour's time. Only
 * violations are collected in detail (passes and inapplicable rules are not needed here).
 */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}
