import iconv from 'iconv-lite';

/** Vietnamese code pages that receipt printers offer, by the name iconv-lite knows them. */
export type VietCodePage = 'cp1258' | 'tcvn3' | 'viscii';

const ICONV_NAME: Record<VietCodePage, string> = { cp1258: 'windows1258', tcvn3: 'tcvn', viscii: 'viscii' };

/** Tone marks: the part of a Vietnamese letter that CP1258 keeps apart from the base letter. */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/** Punctuation that a code page may lack, with the ASCII a reader still understands. */
const ASCII_STAND_INS: Readonly<Record<string, string>> = {
  '\u2013': '-',
  '\u2014': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2026': '...',
  '\u00A0': ' ',
  '\u2022': '*',
};

function encodeExact(ch: string, page: VietCodePage): Buffer | null {
  const bytes = iconv.encode(ch, ICONV_NAME[page]);
  if (bytes.includes(0x3f) && !ch.includes('?')) return null;
  // A byte below 0x20 is a command to the printer (TCVN and VISCII put capitals with tones there:
  // 0x10 is DLE, the start of a real-time command), so such a letter is never sent as is.
  if (bytes.some((b) => b < 0x20)) return null;
  return bytes;
}

/**
 * CP1258 holds base letters (with circumflex, breve, horn) and five combining tone marks, but
 * only a few precomposed toned letters: `ế` must go out as `ê` + acute. Plain NFD would split
 * too far (`e` + circumflex + acute, and CP1258 has no combining circumflex).
 */
function splitTone(ch: string): { base: string; tone: string } | null {
  const parts = [...ch.normalize('NFD')];
  const tones = parts.filter((p) => TONE_MARKS.has(p));
  if (tones.length !== 1) return null;
  const base = parts
    .filter((p) => !TONE_MARKS.has(p))
    .join('')
    .normalize('NFC');
  return { base, tone: tones[0] as string };
}

function encodeSplit(ch: string, page: VietCodePage): Buffer | null {
  const split = splitTone(ch);
  if (!split) return null;
  const base = encodeExact(split.base, page);
  const tone = encodeExact(split.tone, page);
  return base && tone ? Buffer.concat([base, tone]) : null;
}

/** A capital that only exists on a command byte prints as its small letter: still readable. */
function encodeLower(ch: string, page: VietCodePage): Buffer | null {
  const lower = ch.toLocaleLowerCase('vi');
  return lower === ch ? null : encodeExact(lower, page);
}

function encodeChar(ch: string, page: VietCodePage): Buffer {
  // CP1258 is built to carry tones as separate marks; TCVN3 and VISCII printers draw a lone mark
  // in its own cell, so there a small precomposed letter reads better than a split capital.
  const found =
    encodeExact(ch, page) ??
    (page === 'cp1258' ? (encodeSplit(ch, page) ?? encodeLower(ch, page)) : (encodeLower(ch, page) ?? encodeSplit(ch, page)));
  if (found) return found;
  const standIn = ASCII_STAND_INS[ch];
  if (standIn) return Buffer.from(standIn, 'ascii');
  // Last resort: the letter without its marks (`ỹ` → `y`) rather than a question mark.
  const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
  if (bare && /^[\x20-\x7e]+$/.test(bare)) return Buffer.from(bare, 'ascii');
  return Buffer.from('?', 'ascii');
}

/**
 * Unicode text to the bytes of a Vietnamese code page, with the known traps handled: CP1258's
 * split tone marks, TCVN/VISCII capitals on control bytes, and characters the page lacks. Control
 * characters in the text are dropped: text must never smuggle a command to the printer.
 */
export function encodeVietnamese(text: string, page: VietCodePage): Buffer {
  const out: Buffer[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    out.push(code < 0x7f ? Buffer.from([code]) : encodeChar(ch, page));
  }
  return Buffer.concat(out);
}
