import { BrowserQRCodeReader, type IScannerControls } from '@zxing/browser';
import { type RefObject, useEffect, useState } from 'react';
import { systemClock } from '../../../src-main/api/center-clock';

export type CameraState = 'starting' | 'on' | 'unavailable';

/** The same code seen again within this time is the same scan (the camera sees it every frame). */
const REPEAT_MS = 4000;

/**
 * Reads QR codes from the kiosk camera into `onCode`. The camera runs only while the screen that
 * uses this is shown; a kiosk without a camera (or a refused one) reports `unavailable`.
 */
export function useCameraScanner(video: RefObject<HTMLVideoElement | null>, onCode: (text: string) => void): CameraState {
  const [state, setState] = useState<CameraState>('starting');
  useEffect(() => {
    let controls: IScannerControls | null = null;
    let stopped = false;
    let last = { text: '', at: 0 };
    const element = video.current;
    if (!element || !navigator.mediaDevices?.getUserMedia) {
      setState('unavailable');
      return;
    }
    const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 });
    reader
      .decodeFromVideoDevice(undefined, element, (result) => {
        if (!result) return;
        const text = result.getText();
        const now = systemClock.now().getTime();
        if (text === last.text && now - last.at < REPEAT_MS) return;
        last = { text, at: now };
        onCode(text);
      })
      .then(
        (c) => {
          controls = c;
          if (stopped) c.stop();
          else setState('on');
        },
        () => {
          if (!stopped) setState('unavailable');
        },
      );
    return () => {
      stopped = true;
      controls?.stop();
    };
  }, [video, onCode]);
  return state;
}
