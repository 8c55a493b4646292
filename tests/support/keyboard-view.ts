import type { Page } from 'playwright-core';

/**
 * What of the focused field a citizen must see while typing but cannot: the box, its label (or
 * the legend of the date or choice it belongs to) and its errors, each either outside the
 * screen's scroll area or under the on-screen keyboard. Empty when all of it is in view.
 */
export async function hiddenPartsOfFocusedField(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const input = document.activeElement as HTMLElement | null;
    const main = document.getElementById('main')?.getBoundingClientRect();
    const kbd = document.querySelector('[data-testid="keyboard"]')?.getBoundingClientRect();
    if (!input || !main || !kbd || !input.matches('input, textarea')) return ['no focused field or no keyboard'];
    const group = input.closest('fieldset') ?? input.closest('.field') ?? input;
    const parts: [string, Element | null][] = [
      ['input', input],
      ['label', document.querySelector(`label[for="${input.id}"]`)],
      ['legend', group.querySelector(':scope > legend')],
      ...[...group.querySelectorAll('.field__error')].map((e, i): [string, Element] => [`error ${i}`, e]),
    ];
    const hidden: string[] = [];
    for (const [name, el] of parts) {
      if (!el) continue;
      const b = el.getBoundingClientRect();
      if (b.width === 0 && b.height === 0) continue; // a visually hidden label (the tone hint's own)
      const inMain = b.top >= main.top - 1 && b.bottom <= main.bottom + 1 && b.left >= main.left - 1 && b.right <= main.right + 1;
      const underKbd = b.left < kbd.right && kbd.left < b.right && b.top < kbd.bottom && kbd.top < b.bottom;
      if (!inMain || underKbd) hidden.push(`${input.getAttribute('data-testid')}: ${name}`);
    }
    return hidden;
  });
}

/** True when the keyboard is docked beside the screen's content (landscape), not stacked below it. */
export async function keyboardBesideContent(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const main = document.getElementById('main')?.getBoundingClientRect();
    const dock = document.querySelector('.kbd-dock')?.getBoundingClientRect();
    if (!main || !dock) return false;
    const side = dock.left >= main.right - 1 || dock.right <= main.left + 1;
    return side && dock.top < main.bottom && main.top < dock.bottom;
  });
}
