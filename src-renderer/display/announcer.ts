import type { HallCall } from '../../src-main/api/hall';

/** What the display asked to play, newest last: the e2e test reads it (no personal data, only numbers). */
declare global {
  interface Window {
    __hallAnnounced?: { number: string; counter: number; urls: string[] }[];
  }
}

/**
 * Plays each call in turn: the chime, then the call's clips (docs/hall.md, "Clips"), one audio
 * element reused. Calls made while one plays wait their turn. When the browser refuses to play
 * before a person touched the page (autoplay policy), `onBlocked` asks for one touch.
 */
export function createAnnouncer(options: Readonly<{ onBlocked(blocked: boolean): void }>) {
  const queue: string[][] = [];
  const audio = new Audio();
  let playing = false;

  const playOne = (url: string) =>
    new Promise<void>((resolve, reject) => {
      audio.onended = () => resolve();
      audio.onerror = () => resolve(); // a missing clip must not silence the rest
      audio.src = url;
      audio.play().then(undefined, reject);
    });

  const run = async () => {
    if (playing) return;
    playing = true;
    try {
      while (queue.length > 0) {
        const urls = queue[0] as string[];
        for (const url of urls) await playOne(url);
        queue.shift();
      }
      options.onBlocked(false);
    } catch {
      options.onBlocked(true);
    } finally {
      playing = false;
    }
  };

  return {
    announce(call: HallCall): void {
      const urls = ['/audio/chime.wav', ...call.clips.map((c) => `/audio/vi/${c}.wav`)];
      window.__hallAnnounced ??= [];
      window.__hallAnnounced.push({ number: call.number, counter: call.counter, urls });
      queue.push(urls);
      void run();
    },
    /** After the touch that lets the page play sound. */
    resume(): void {
      void run();
    },
  };
}
