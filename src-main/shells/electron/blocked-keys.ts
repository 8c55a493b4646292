import type { Input } from 'electron';

export type KeyInput = Pick<Input, 'key' | 'control' | 'meta' | 'alt' | 'shift'>;

/** With Ctrl (or Cmd), only the editing keys a form needs; everything else is a browser command. */
const EDITING_WITH_CTRL = new Set([
  'a',
  'c',
  'v',
  'x',
  'z',
  'y',
  'arrowleft',
  'arrowright',
  'arrowup',
  'arrowdown',
  'home',
  'end',
  'backspace',
  'delete',
  'control',
  'shift',
  'meta',
]);

/** Keys that act on the browser or the window whatever the modifiers. */
const ALWAYS_BLOCKED = new Set([
  'browserback',
  'browserforward',
  'browserrefresh',
  'browserhome',
  'browsersearch',
  'browserfavorites',
  'browserstop',
  'zoomin',
  'zoomout',
  'zoomtoggle',
  'contextmenu',
  'print',
  'help',
  'launchapplication1',
  'launchapplication2',
  'launchmail',
  'launchmediaplayer',
  'open',
  'close',
  'new',
  'save',
  'find',
]);

const FUNCTION_KEY = /^f\d{1,2}$/;

/**
 * Key combinations swallowed in `before-input-event` because they would leave or disturb the
 * app: Alt+F4, Ctrl+W/Q/N/T/R/P/O/S/U, F5, F11, F12, Ctrl +/−/0 zoom, Ctrl+Shift+I devtools, Alt+←
 * history, media keys. Typing stays free: letters, digits, Shift, AltGr (which Windows reports
 * as Ctrl+Alt) and the editing shortcuts (Ctrl+A/C/V/X/Z/Y, Ctrl+arrows).
 * What the OS takes before Electron sees it (Alt+Tab, Ctrl+Alt+Del, the Windows key, edge
 * swipes) is locked down by the OS; see docs/deployment.md.
 */
export function isBlockedKey(input: KeyInput): boolean {
  const key = input.key.toLowerCase();
  if (FUNCTION_KEY.test(key) || ALWAYS_BLOCKED.has(key)) return true;
  const ctrl = input.control || input.meta;
  if (ctrl && input.alt) {
    // AltGr: a character such as ą or ł, typed on a Polish keyboard. Anything else is a command.
    return input.key.length !== 1;
  }
  if (ctrl) return !EDITING_WITH_CTRL.has(key);
  if (input.alt) {
    // Alt with a character (Alt+number codes on Windows) types; Alt with arrows, Home or
    // Space navigates history or opens the window menu.
    return input.key.length !== 1 || input.key === ' ';
  }
  return false;
}
