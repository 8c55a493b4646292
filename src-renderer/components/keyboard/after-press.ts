/** How long a press may take to end in its click; a press that never clicks (dragged away) acts then. */
const CLICK_WAIT_MS = 700;

/**
 * Runs `action` once the press that started it has ended. The keyboard's keys act on pointerdown
 * (react-simple-keyboard uses pointer events); a key that closes the keyboard or leaves the screen
 * at once lets the same touch's click, which the browser sends after the finger lifts, land on
 * whatever lay under the key: a "Cha" choice, a nav button. So such a key waits for its click to
 * pass, then acts.
 */
export function afterPress(action: () => void, win: Window = window): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    win.removeEventListener('click', onClick, true);
    win.clearTimeout(timer);
    action();
  };
  // The click of this press reaches the key itself, still on screen; act right after it.
  const onClick = () => win.setTimeout(run, 0);
  win.addEventListener('click', onClick, true);
  const timer = win.setTimeout(run, CLICK_WAIT_MS);
}
