/**
 * ASCII file names for spoken Vietnamese text, spelled the Telex way (the input method every
 * Vietnamese typist knows): "mời" → "mowif", "số" → "soos", "ưu tiên" → "uwu-tieen". Telex keeps
 * every vowel shape and tone, so two different syllables never share a name (unlike stripping
 * the accents, which makes "mười" and "mươi" both "muoi"), and a person can still read the name.
 * Any Vietnamese text maps to a name the same way, so the hall's clips and later recordings
 * (a procedure read aloud) share one naming rule and one generator.
 */

const SHAPES: Readonly<Record<string, string>> = {
  '\u0302': '', // circumflex: the vowel is doubled (â → aa)
  '\u0306': 'w', // breve (ă → aw)
  '\u031B': 'w', // horn (ơ → ow, ư → uw)
};

const TONES: Readonly<Record<string, string>> = {
  '\u0301': 's',
  '\u0300': 'f',
  '\u0309': 'r',
  '\u0303': 'x',
  '\u0323': 'j',
};

function telexWord(word: string): string {
  let out = '';
  let tone = '';
  for (const ch of word.normalize('NFD')) {
    if (ch === 'đ') out += 'dd';
    else if (ch in TONES) tone = TONES[ch] as string;
    else if (ch === '\u0302') out += out.at(-1) ?? '';
    else if (ch in SHAPES) out += SHAPES[ch];
    else if (/[a-z0-9]/.test(ch)) out += ch;
  }
  return out + tone;
}

/** The clip name for a piece of spoken text: its words in Telex, joined by dashes. */
export function telexName(text: string): string {
  const words = text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const name = words.map(telexWord).join('-');
  if (!name) throw new RangeError('nothing to name: the text has no letters');
  return name;
}
