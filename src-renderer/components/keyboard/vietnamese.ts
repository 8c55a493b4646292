/**
 * The Vietnamese letter and syllable model shared by the Telex engine and the tone picker.
 * Pure functions on strings; no DOM. Every string returned is NFC.
 *
 * Tone placement policy (stated because people disagree): by default the kiosk writes the
 * traditional placement used on administrative papers ("Cộng hòa", "thủy", "khỏe"): in an open
 * syllable `oa`, `oe`, `uy` carry the tone on the first vowel. `toneStyle: 'modern'` gives the
 * newer school placement ("hoà", "thuỷ", "khoẻ"). Both are the same word to a search index that
 * folds marks, and the rest of the rules (ươ → ơ, a final consonant pulls the tone to the last
 * vowel, three vowels take it in the middle) are shared by both styles.
 */

export type ToneStyle = 'traditional' | 'modern';

/** 0 none, 1 huyền (f), 2 sắc (s), 3 hỏi (r), 4 ngã (x), 5 nặng (j). */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

/** Combining marks in tone order; composed with a base vowel and NFC-normalised. */
const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

/** Vowels with their shape marks (breve, circumflex, horn) but no tone. */
export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
export type Vowel = (typeof VOWELS)[number];

/** A letter taken apart: the letter without tone, its tone, and whether it was upper case. */
export interface Letter {
  readonly base: string;
  readonly tone: Tone;
  readonly upper: boolean;
}

const DECOMPOSE = new Map<string, { base: Vowel; tone: Tone }>();
for (const v of VOWELS) {
  TONE_MARKS.forEach((mark, tone) => {
    DECOMPOSE.set(`${v}${mark}`.normalize('NFC'), { base: v, tone: tone as Tone });
  });
}

export function isVowelBase(ch: string): ch is Vowel {
  return (VOWELS as readonly string[]).includes(ch);
}

/** Takes one (NFC) character apart; any non-vowel keeps itself as base with no tone. */
export function toLetter(ch: string): Letter {
  const lower = ch.toLowerCase();
  const upper = lower !== ch;
  const hit = DECOMPOSE.get(lower);
  return hit ? { base: hit.base, tone: hit.tone, upper } : { base: lower, tone: 0, upper };
}

export function fromLetter(letter: Letter): string {
  const lower = isVowelBase(letter.base) ? `${letter.base}${TONE_MARKS[letter.tone]}`.normalize('NFC') : letter.base;
  return letter.upper ? lower.toUpperCase() : lower;
}

export function toLetters(word: string): Letter[] {
  return Array.from(word.normalize('NFC'), toLetter);
}

export function fromLetters(letters: readonly Letter[]): string {
  return letters.map(fromLetter).join('');
}

/** The six forms of a vowel (no tone, then huyền, sắc, hỏi, ngã, nặng), in the case of `ch`. */
export function tonedForms(ch: string): string[] | null {
  const letter = toLetter(ch);
  if (!isVowelBase(letter.base)) return null;
  return [0, 1, 2, 3, 4, 5].map((tone) => fromLetter({ ...letter, tone: tone as Tone }));
}

/** Shape marks a Telex key can add or remove, by letter family. */
const PLAIN_OF: Readonly<Record<string, string>> = { ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u', đ: 'd' };
export function plainOf(base: string): string {
  return PLAIN_OF[base] ?? base;
}
export function hasShapeMark(base: string): boolean {
  return base in PLAIN_OF && base !== 'đ';
}

const INITIALS = [
  'ngh',
  'ng',
  'gh',
  'gi',
  'kh',
  'nh',
  'ph',
  'qu',
  'th',
  'tr',
  'ch',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
];
const FINALS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

/**
 * Vowel nuclei (medial + main vowel + glide) as written, with whether a final consonant is
 * 'required', 'forbidden' or 'optional'. Rhymes after `qu`/`gi` are listed without that letter.
 */
const NUCLEI: Readonly<Record<string, 'required' | 'forbidden' | 'optional'>> = {
  a: 'optional',
  ă: 'required',
  â: 'required',
  e: 'optional',
  ê: 'optional',
  i: 'optional',
  o: 'optional',
  ô: 'optional',
  ơ: 'optional',
  u: 'optional',
  ư: 'optional',
  y: 'optional',
  ai: 'forbidden',
  ao: 'forbidden',
  au: 'forbidden',
  ay: 'forbidden',
  âu: 'forbidden',
  ây: 'forbidden',
  eo: 'forbidden',
  êu: 'forbidden',
  ia: 'forbidden',
  iê: 'required',
  iu: 'forbidden',
  oa: 'optional',
  oă: 'required',
  oe: 'optional',
  oi: 'forbidden',
  oo: 'required',
  ôi: 'forbidden',
  ơi: 'forbidden',
  ua: 'forbidden',
  uâ: 'required',
  uê: 'optional',
  ui: 'forbidden',
  uô: 'required',
  uơ: 'forbidden',
  uy: 'optional',
  ưa: 'forbidden',
  ưi: 'forbidden',
  ưu: 'forbidden',
  ươ: 'optional',
  yê: 'required',
  iêu: 'forbidden',
  oai: 'forbidden',
  oao: 'forbidden',
  oay: 'forbidden',
  oeo: 'forbidden',
  uây: 'forbidden',
  uôi: 'forbidden',
  uya: 'forbidden',
  uyê: 'required',
  uyu: 'forbidden',
  ươi: 'forbidden',
  ươu: 'forbidden',
  yêu: 'forbidden',
};

/** A word split as a Vietnamese syllable; indices are into the word's letters. */
export interface Syllable {
  readonly initial: string;
  /** Index of the first vowel of the nucleus, and its length in letters. */
  readonly vowelStart: number;
  readonly vowelLength: number;
  readonly nucleus: string;
  readonly final: string;
}

/** `x` matches `target` letter by letter if each is the same or the plain form of the target's. */
function matchesLoosely(x: string, target: string): boolean {
  const a = Array.from(x);
  const b = Array.from(target);
  if (a.length > b.length) return false;
  return a.every((ch, i) => ch === b[i] || ch === plainOf(b[i] as string));
}

/**
 * Splits letters into initial, vowel nucleus and final, or returns null when the word cannot be
 * (the start of) a Vietnamese syllable. "Start of" because people type letter by letter: `tie`
 * may become `tiên`, `uo` may become `ươ`, so marks not typed yet are allowed (`loose`).
 */
export function parseSyllable(letters: readonly Letter[], { complete = false } = {}): Syllable | null {
  const bases = letters.map((l) => l.base);
  const text = bases.join('');
  let i = 0;
  while (i < bases.length && !isVowelBase(bases[i] as string)) i++;
  let initial = text.slice(0, i);
  // `q` is always `qu`; `gi` takes its `i` only when another vowel follows (già, giường) and
  // leaves it as the vowel otherwise (gì, gìn).
  if (initial === 'q' && bases[i] === 'u') {
    initial = 'qu';
    i++;
  } else if (initial === 'g' && bases[i] === 'i' && i + 1 < bases.length && isVowelBase(bases[i + 1] as string)) {
    initial = 'gi';
    i++;
  }
  if (initial && !INITIALS.includes(initial)) {
    // While typing, `ng` before `h`, or a lone `q`, is a valid start.
    const isPrefix = INITIALS.some((s) => s.startsWith(initial));
    if (!isPrefix || i < bases.length || complete) return null;
  }
  const vowelStart = i;
  while (i < bases.length && isVowelBase(bases[i] as string)) i++;
  const nucleus = text.slice(vowelStart, i);
  const final = text.slice(i);
  if (!FINALS.has(final)) return null;
  if (nucleus) {
    const candidates = Object.entries(NUCLEI).filter(([n, rule]) => {
      if (complete ? n !== nucleus : !matchesLoosely(nucleus, n)) return false;
      if (final && rule === 'forbidden') return false;
      if (complete && !final && rule === 'required') return false;
      // Loose match on a shorter nucleus is only a prefix while nothing follows it.
      if (!complete && Array.from(n).length !== Array.from(nucleus).length && final) return false;
      return true;
    });
    if (candidates.length === 0) return null;
  } else if (final) {
    return null;
  }
  return { initial, vowelStart, vowelLength: Array.from(nucleus).length, nucleus, final };
}

/** Where the tone goes, as an index into the word's letters; null when there is no vowel. */
export function tonePosition(syllable: Syllable, style: ToneStyle = 'traditional'): number | null {
  const { nucleus, vowelStart, vowelLength, final } = syllable;
  if (vowelLength === 0) return null;
  const vowels = Array.from(nucleus);
  // A vowel with a shape mark carries the tone; in ươ it is the ơ (người, thuở, khuyến).
  for (let k = vowels.length - 1; k >= 0; k--) {
    if (hasShapeMark(vowels[k] as string)) return vowelStart + k;
  }
  if (final) return vowelStart + vowels.length - 1; // toán, hoàng, huỳnh
  if (vowels.length >= 3) return vowelStart + 1; // ngoài, khuỷu, ngoẹo
  if (vowels.length === 2) {
    const modernSecond = nucleus === 'oa' || nucleus === 'oe' || nucleus === 'uy';
    return vowelStart + (style === 'modern' && modernSecond ? 1 : 0); // hòa/hoà, mía, múa
  }
  return vowelStart;
}

export function currentTone(letters: readonly Letter[]): Tone {
  for (const l of letters) if (l.tone !== 0) return l.tone;
  return 0;
}

export function withoutTone(letters: readonly Letter[]): Letter[] {
  return letters.map((l) => (l.tone === 0 ? l : { ...l, tone: 0 }));
}

/**
 * Puts `tone` on the right vowel of a word that parses as a syllable; returns null when the word
 * is not one (then a Telex key is typed as a letter instead).
 */
export function placeTone(letters: readonly Letter[], tone: Tone, style: ToneStyle = 'traditional'): Letter[] | null {
  const bare = withoutTone(letters);
  const syllable = parseSyllable(bare);
  if (!syllable) return null;
  if (tone === 0) return bare;
  const at = tonePosition(syllable, style);
  if (at === null) return null;
  return bare.map((l, i) => (i === at ? { ...l, tone } : l));
}
