/** How long a press may take to end in its click; a press that never clicks (dragged away) acts then. */
const CLICK_WAIT_MS = 700;

/**
 * Runs `action` once the press that started it has ended. The keyboard's keys act on pointerdown
 * (react-simple-keyboard uses pointer events); a key that closes the keyboard or leaves the screen
 * at once lets the same touch's click, which the browser sends after the finger lifts, land on
 * whatever lay under the key: a "Cha" choice, a nav button. So such a key waits for its click to
 * pass, then acts.
 *
 * A press whose click is late (a busy kiosk, a slow finger) acts after CLICK_WAIT_MS anyway, and
 * its click, when it comes, is swallowed: it belongs to a key that is no longer there. The browser
 * sends a press's click before the next press's pointerdown, so a new press ends that watch and
 * the citizen's next tap is never the one swallowed.
 */
export function afterPress(action: () => void, win: Window = window): void {
  let acted = false;
  const run = () => {
    if (acted) return;
    acted = true;
    win.clearTimeout(timer);
    action();
  };
  const stopWatching = () => {
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('pointerdown', stopWatching, true);
  };
  const onClick = (event: MouseEvent) => {
    // A click from the keyboard of the machine (detail 0) is nobody's lifted finger.
    if (event.detail === 0) return;
    stopWatching();
    if (!acted) {
      // The click of this press reaches the key itself, still on screen; act right after it.
      win.setTimeout(run, 0);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  win.addEventListener('click', onClick, true);
  win.addEventListener('pointerdown', stopWatching, true);
  const timer = win.setTimeout(run, CLICK_WAIT_MS);
}
