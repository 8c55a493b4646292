/**
 * Text folding for Vietnamese search, applied the same way to the index and to the query so that
 * whatever a citizen manages to type lands on the same terms:
 *  - accents and `đ`: `hộ tịch`, `HO TICH`, `ho tich` all become `ho tich`;
 *  - Telex leftovers, when the keyboard had no Vietnamese input method: `hoj tichj` → `ho tich`,
 *    `ddawng kys` → `dang ky`, `tijch` → `tich`;
 *  - VNI leftovers: `ho5 tich5` → `ho tich`.
 * A Vietnamese syllable never ends in s, f, r, x or j and never holds w, dd, aa, ee or oo once
 * accents are gone, so undoing Telex on a folded token never breaks a real Vietnamese word; other
 * words (English names) change the same way on both sides, so they still match each other.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-case, no accents, `đ` → `d`. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/gi, 'd').toLowerCase();
}

const VOWEL = '[aeiouy]';
const FINAL = '(?:ch|nh|ng|c|m|n|p|t)';
/** A tone key typed after the syllable: `tichj`, `hoj`, `kys`. */
const TRAILING_TONE = new RegExp(`(${VOWEL}+${FINAL}?)[sfrxj]+$`);
/** A tone key typed right after the vowel, before the rest: `tijch`, `hofa`. */
const INNER_TONE = new RegExp(`(${VOWEL})[sfrxj](${VOWEL}*${FINAL}?)$`);

/**
 * Undoes Telex and VNI keystrokes left in one accent-folded token. Codes and numbers pass through.
 * Repeated until nothing changes, so folding is idempotent ("ooo", "hojj") and the index and the
 * query always end on the same term.
 */
export function foldTelexToken(token: string): string {
  if (!/[a-z]/.test(token)) return token;
  let previous = token;
  for (;;) {
    const next = foldTelexOnce(previous);
    if (next === previous) return next;
    previous = next;
  }
}

function foldTelexOnce(token: string): string {
  let t = /\d/.test(token) ? token.replace(/\d/g, '') : token;
  t = t.replace(/dd/g, 'd').replace(/aa/g, 'a').replace(/ee/g, 'e').replace(/oo/g, 'o').replace(/w/g, '');
  if (t.length > 1) t = t.replace(TRAILING_TONE, '$1');
  if (t.length > 2) t = t.replace(INNER_TONE, '$1$2');
  return t;
}

/** A procedure code as typed (`1.001193`), or a run of letters/digits. */
const TOKEN = /\d+\.\d*|[\p{L}\p{N}]+/gu;

/** Splits already accent-folded text into search tokens; codes keep their dot. */
export function tokenize(folded: string): string[] {
  return folded.match(TOKEN) ?? [];
}

/** The whole pipeline for free text: folded, tokenized, Telex undone. */
export function foldToTerms(text: string): string[] {
  return tokenize(foldAccents(text))
    .map(foldTelexToken)
    .filter((t) => t.length > 0);
}
