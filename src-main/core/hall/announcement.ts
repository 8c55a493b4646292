import { telexName } from './telex-name';
import { cardinalWords, LETTER_NAMES, ticketNumberWords } from './vietnamese-numbers';

/**
 * The spoken call "Xin mời số [ưu tiên] A không một hai đến quầy số ba", as the clips the hall
 * display plays one after another after the chime. Each clip is a file
 * `assets/audio/vi/<name>.wav` whose name is the Telex spelling of what it says (telex-name.ts),
 * so a center can record its own voice for any of them by file name.
 */

export const PHRASES = { invite: 'xin mời số', priority: 'ưu tiên', toCounter: 'đến quầy số' } as const;

/** Played before every call; language-neutral, so it lives beside the language folders. */
export const CHIME_CLIP = 'chime';

export interface CallToRead {
  readonly number: string;
  readonly counter: number;
  readonly priority: boolean;
}

/** Sentence text of a call, for logs, captions and tests. */
export function announcementText(call: CallToRead): string {
  const { letter, digits } = ticketNumberWords(call.number);
  return [
    PHRASES.invite,
    ...(call.priority ? [PHRASES.priority] : []),
    LETTER_NAMES[letter] as string,
    ...digits,
    PHRASES.toCounter,
    ...cardinalWords(call.counter),
  ].join(' ');
}

/** The clip names of a call in playing order (without the chime). */
export function announcementClips(call: CallToRead): string[] {
  const { letter, digits } = ticketNumberWords(call.number);
  return [
    telexName(PHRASES.invite),
    ...(call.priority ? [telexName(PHRASES.priority)] : []),
    telexName(LETTER_NAMES[letter] as string),
    ...digits.map(telexName),
    telexName(PHRASES.toCounter),
    ...cardinalWords(call.counter).map(telexName),
  ];
}

/** Every clip a call can need: the generator makes exactly these (name → text spoken). */
export function announcementClipSet(): Map<string, string> {
  const texts = new Set<string>([...Object.values(PHRASES), ...Object.values(LETTER_NAMES)]);
  for (let n = 0; n <= 999; n += 1) for (const w of cardinalWords(n)) texts.add(w);
  return new Map([...texts].map((t) => [telexName(t), t]));
}
