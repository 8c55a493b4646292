import { useEffect } from 'react';
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

/**
 * Turns the frame as the technician's orientation setting asks, live: when the setting changes
 * and when the window changes shape (the OS rotation set or reset while the kiosk runs). Only an
 * attribute changes, so no screen is remounted and nothing typed is lost.
 */
export function useScreenOrientation(setting: OrientationSetting): void {
  useEffect(() => {
    const frame = frameElement();
    if (!frame) return;
    const apply = () => {
      const turn = frameTurn(setting, window.innerWidth, window.innerHeight);
      if (turn === 'none') delete frame.dataset.turn;
      else frame.dataset.turn = turn;
    };
    apply();
    window.addEventListener('resize', apply);
    return () => window.removeEventListener('resize', apply);
  }, [setting]);
}
