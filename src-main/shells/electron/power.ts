import type { PowerSaveBlocker } from 'electron';

/**
 * Keeps the screen on while the kiosk runs. Takes the blocker by type (Electron's
 * `powerSaveBlocker` in the app, a fake in tests). Returns the function that lets it sleep again.
 */
export function keepScreenAwake(blocker: Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>): () => void {
  const id = blocker.start('prevent-display-sleep');
  return () => {
    if (blocker.isStarted(id)) blocker.stop(id);
  };
}
