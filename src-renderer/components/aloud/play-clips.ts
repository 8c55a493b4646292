/**
 * Plays clips one after another on one audio element until the last one ends or `signal` aborts
 * (the visitor tapped elsewhere, the screen changed). Resolves `ended` or `stopped`; rejects when
 * a clip cannot be played (missing file, refused by the browser), so the caller can hide its button.
 */
export async function playClips(audio: HTMLAudioElement, urls: readonly string[], signal: AbortSignal): Promise<'ended' | 'stopped'> {
  for (const url of urls) {
    if (signal.aborted) return 'stopped';
    const outcome = await new Promise<'ended' | 'stopped'>((resolve, reject) => {
      const done = (result: 'ended' | 'stopped' | Error) => {
        audio.removeEventListener('ended', onEnded);
        audio.removeEventListener('error', onError);
        signal.removeEventListener('abort', onAbort);
        if (result instanceof Error) reject(result);
        else resolve(result);
      };
      const onEnded = () => done('ended');
      const onError = () => done(new Error(`cannot play ${url}`));
      const onAbort = () => done('stopped');
      audio.addEventListener('ended', onEnded);
      audio.addEventListener('error', onError);
      signal.addEventListener('abort', onAbort);
      audio.src = url;
      audio.play().catch((err: unknown) => done(err instanceof Error ? err : new Error(String(err))));
    });
    if (outcome === 'stopped') return 'stopped';
  }
  return 'ended';
}

/** Silences the element and lets go of its clip. */
export function silence(audio: HTMLAudioElement): void {
  audio.pause();
  audio.removeAttribute('src');
  audio.load();
}
