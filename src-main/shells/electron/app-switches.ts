import type { CommandLine } from 'electron';

/**
 * Chromium switches set before `ready`: no pinch zoom and no swipe back/forward through
 * history on touch screens and touchpads.
 */
export const KIOSK_SWITCHES: readonly (readonly [string, string?])[] = [['disable-pinch'], ['overscroll-history-navigation', '0']];

export function applyKioskSwitches(commandLine: Pick<CommandLine, 'appendSwitch'>): void {
  for (const [name, value] of KIOSK_SWITCHES) {
    if (value === undefined) commandLine.appendSwitch(name);
    else commandLine.appendSwitch(name, value);
  }
}
