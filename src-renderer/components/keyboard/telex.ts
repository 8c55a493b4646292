import {
  currentTone,
  fromLetters,
  type Letter,
  parseSyllable,
  placeTone,
  plainOf,
  type Tone,
  type ToneStyle,
  toLetter,
  toLetters,
  withoutTone,
} from './vietnamese';

/**
 * Telex, the input method most Vietnamese typists know, as a pure function: given the word
 * before the caret and one key, it returns the new word. It works on the text itself, not on a
 * hidden key history, so a word typed on the screen keyboard, on a hardware keyboard, or edited
 * after moving the caret behaves the same.
 *
 *   aa → â, ee → ê, oo → ô, aw → ă, ow → ơ, uw → ư, uow → ươ, dd → đ, w after a consonant → ư
 *   s f r x j → sắc huyền hỏi ngã nặng (placed by the rules in vietnamese.ts), z → no tone
 *   the same key again undoes: aaa → aa, ass → as, ddd → dd, aww → aw
 *
 * A key only transforms a word that is (the start of) a Vietnamese syllable, so names such as
 * "Ksor" or "Windows" are typed as they are. Known limit of working without history: a lone ư
 * made from `w` (tw → tư) is undone as `uw` (tww → tuw), the same as `tuww`.
 */

const TONE_KEYS: Readonly<Record<string, Tone>> = { f: 1, s: 2, r: 3, x: 4, j: 5 };
const CIRCUMFLEX: Readonly<Record<string, string>> = { a: 'â', e: 'ê', o: 'ô' };
const HORN: Readonly<Record<string, string>> = { a: 'ă', o: 'ơ', u: 'ư' };

export interface TelexOptions {
  readonly toneStyle?: ToneStyle;
}

function literal(letters: readonly Letter[], key: string): string {
  return fromLetters(letters) + key;
}

function caseOf(key: string): boolean {
  return key !== key.toLowerCase();
}

/** Re-places the word's tone after its vowels changed (tòa + n → toàn); keeps it if it cannot. */
function retone(letters: Letter[], style: ToneStyle): Letter[] {
  const tone = currentTone(letters);
  if (tone === 0) return letters;
  return placeTone(letters, tone, style) ?? letters;
}

function valid(letters: readonly Letter[]): boolean {
  return parseSyllable(withoutTone(letters)) !== null;
}

function nucleusRange(letters: readonly Letter[]): [number, number] | null {
  const syllable = parseSyllable(withoutTone(letters));
  if (!syllable || syllable.vowelLength === 0) return null;
  return [syllable.vowelStart, syllable.vowelStart + syllable.vowelLength];
}

function withBase(letters: readonly Letter[], index: number, base: string): Letter[] {
  return letters.map((l, i) => (i === index ? { ...l, base } : l));
}

function applyTone(letters: Letter[], key: string, tone: Tone, style: ToneStyle): string {
  if (!nucleusRange(letters)) return literal(letters, key);
  if (currentTone(letters) === tone) return literal(withoutTone(letters), key);
  const toned = placeTone(letters, tone, style);
  return toned ? fromLetters(toned) : literal(letters, key);
}

function applyCircumflex(letters: Letter[], key: string, family: string, style: ToneStyle): string {
  const range = nucleusRange(letters);
  if (range) {
    for (let i = range[1] - 1; i >= range[0]; i--) {
      const base = (letters[i] as Letter).base;
      if (plainOf(base) !== family) continue;
      if (base === CIRCUMFLEX[family]) return literal(withBase(letters, i, family), key);
      const next = withBase(letters, i, CIRCUMFLEX[family] as string);
      if (valid(next)) return fromLetters(retone(next, style));
      break;
    }
  }
  return appendLetter(letters, key, style);
}

function hornCandidates(letters: readonly Letter[], range: [number, number]): Letter[][] {
  const out: Letter[][] = [];
  const [from, to] = range;
  // uo, uơ, ưo → ươ: the pair takes both horns at once.
  for (let i = from; i < to - 1; i++) {
    const a = (letters[i] as Letter).base;
    const b = (letters[i + 1] as Letter).base;
    if ((a === 'u' || a === 'ư') && (b === 'o' || b === 'ơ') && !(a === 'ư' && b === 'ơ')) {
      out.push(withBase(withBase(letters, i, 'ư'), i + 1, 'ơ'));
    }
  }
  for (let i = to - 1; i >= from; i--) {
    const base = (letters[i] as Letter).base;
    const horned = HORN[base];
    if (horned) out.push(withBase(letters, i, horned));
  }
  return out;
}

function applyHorn(letters: Letter[], key: string, style: ToneStyle): string {
  const range = nucleusRange(letters);
  if (range) {
    const next = hornCandidates(letters, range).find(valid);
    if (next) return fromLetters(retone(next, style));
    const marked = letters.some((l, i) => i >= range[0] && i < range[1] && (l.base === 'ă' || l.base === 'ơ' || l.base === 'ư'));
    if (marked) {
      const undone = letters.map((l) => (l.base === 'ă' || l.base === 'ơ' || l.base === 'ư' ? { ...l, base: plainOf(l.base) } : l));
      return literal(undone, key);
    }
    return literal(letters, key);
  }
  // `nhw` → như: a lone w after a consonant is ư. At the start of a word it stays a w (Y Wơn).
  const withU = [...letters, { base: 'ư', tone: 0 as Tone, upper: caseOf(key) }];
  if (letters.length > 0 && valid(withU)) return fromLetters(withU);
  return literal(letters, key);
}

function applyStroke(letters: Letter[], key: string, style: ToneStyle): string {
  const first = letters[0];
  if (first?.base === 'đ' && letters.length === 1) return literal([{ ...first, base: 'd' }], key);
  if (first?.base === 'd') {
    const next = withBase(letters, 0, 'đ');
    if (valid(next)) return fromLetters(next);
  }
  return appendLetter(letters, key, style);
}

function appendLetter(letters: Letter[], key: string, style: ToneStyle): string {
  const next = [...letters, toLetter(key)];
  return fromLetters(valid(next) ? retone(next, style) : next);
}

/**
 * The word before the caret after typing `key` (one character). `word` is the run of letters
 * right before the caret; the result replaces it. Both are NFC.
 */
export function applyTelexKey(word: string, key: string, options: TelexOptions = {}): string {
  const style = options.toneStyle ?? 'traditional';
  const letters = toLetters(word);
  const lower = key.toLowerCase();
  if (key.length !== 1 || !/\p{L}/u.test(key)) return fromLetters(letters) + key;
  const tone = TONE_KEYS[lower];
  if (tone !== undefined) return applyTone(letters, key, tone, style);
  if (lower === 'z') {
    return currentTone(letters) !== 0 && valid(letters) ? fromLetters(withoutTone(letters)) : literal(letters, key);
  }
  if (lower === 'a' || lower === 'e' || lower === 'o') return applyCircumflex(letters, key, lower, style);
  if (lower === 'w') return applyHorn(letters, key, style);
  if (lower === 'd') return applyStroke(letters, key, style);
  return appendLetter(letters, key, style);
}

/** Whether a character belongs to a word for Telex (letters, including every Vietnamese one). */
export function isWordChar(ch: string): boolean {
  return /\p{L}/u.test(ch);
}

/** Types a whole string key by key, as a person would: handy for tests and for pasting Telex. */
export function telexType(keys: string, options: TelexOptions = {}): string {
  let out = '';
  for (const key of keys) {
    let start = out.length;
    while (start > 0 && isWordChar(out[start - 1] as string)) start--;
    out = isWordChar(key) ? out.slice(0, start) + applyTelexKey(out.slice(start), key, options) : out + key;
  }
  return out.normalize('NFC');
}
