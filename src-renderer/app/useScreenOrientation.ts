import { useLayoutEffect } from 'react';
import { type FrameTurn, frameTurn, type OrientationSetting, toFramePoint } from './screen-orientation';

/**
 * The element (in index.html) that holds everything the kiosk draws, modals included. It is the
 * `kiosk` size container the layout's `@container kiosk (orientation: …)` rules read, so turning
 * it turns the layout with it; `data-turn` says how it is turned (styles/frame.css).
 */
export const FRAME_ID = 'kiosk-frame';

function frameElement(): HTMLElement | null {
  return document.getElementById(FRAME_ID);
}

/** How the frame is turned right now. */
export function currentFrameTurn(): FrameTurn {
  return frameElement()?.dataset.turn === 'clockwise' ? 'clockwise' : 'none';
}

/**
 * A pointer position (clientX/clientY) as the person in front of the screen sees it, with the
 * height of the UI as they see it.
 */
export function framePoint(x: number, y: number): Readonly<{ x: number; y: number; height: number }> {
  const turn = currentFrameTurn();
  const height = turn === 'clockwise' ? window.innerWidth : window.innerHeight;
  return { ...toFramePoint(turn, x, y, window.innerWidth), height };
}

const REMEMBERED_KEY = 'kiosk.orientation';
const SETTINGS: readonly OrientationSetting[] = ['auto', 'portrait', 'landscape'];

/**
 * The setting the kiosk last ran with, kept in this origin's storage (it is not personal), so a
 * restarted kiosk draws its first frame the right way round instead of turning once the core
 * answers.
 */
export function rememberedOrientation(): OrientationSetting {
  try {
    const value = window.localStorage.getItem(REMEMBERED_KEY);
    return SETTINGS.find((s) => s === value) ?? 'auto';
  } catch {
    return 'auto'; // storage refused (a locked-down profile): start unturned, as before
  }
}

function remember(setting: OrientationSetting): void {
  try {
    window.localStorage.setItem(REMEMBERED_KEY, setting);
  } catch {
    // Without storage the next start turns when the core answers, a moment later.
  }
}

function applyTurn(setting: OrientationSetting): void {
  const frame = frameElement();
  if (!frame) return;
  const turn = frameTurn(setting, window.innerWidth, window.innerHeight);
  if (turn === 'none') delete frame.dataset.turn;
  else frame.dataset.turn = turn;
}

/** Before the first render: turn the frame as the kiosk last ran. */
export function applyRememberedOrientation(): void {
  applyTurn(rememberedOrientation());
}

/**
 * Turns the frame as the technician's orientation setting asks, live: when the setting changes
 * and when the window changes shape (the OS rotation set or reset while the kiosk runs). Only an
 * attribute changes, so no screen is remounted and nothing typed is lost. `known` is false while
 * the setting is only the remembered one, which is then not written back.
 */
export function useScreenOrientation(setting: OrientationSetting, known: boolean): void {
  useLayoutEffect(() => {
    if (known) remember(setting);
    const apply = () => applyTurn(setting);
    apply();
    window.addEventListener('resize', apply);
    return () => window.removeEventListener('resize', apply);
  }, [setting, known]);
}
