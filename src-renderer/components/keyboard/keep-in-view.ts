/**
 * Scrolls a focused field into view with what a citizen reads around it: its label (or the
 * legend of the date or choice it belongs to), its hint and its error, not only the box. With
 * the keyboard open the screen keeps little room; a box in view whose label or error is cut off
 * leaves the citizen guessing what to type or what was wrong. When the whole group is taller
 * than the room left, the box itself comes first. Given what belongs to a box (a pick list's
 * matches under it), the same: the whole group when it fits, else that element.
 */
export function keepFieldInView(input: HTMLElement): void {
  const group = input.closest('fieldset') ?? input.closest('.field') ?? input;
  const scroller = document.getElementById('main');
  const room = scroller?.getBoundingClientRect().height ?? window.innerHeight;
  const target = group.getBoundingClientRect().height <= room ? group : input;
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
