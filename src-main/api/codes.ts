/**
 * Codes that travel on paper and in QR codes, shared by core (which makes them) and the renderer
 * (which checks a typed code before asking anyone). Pure functions, no Node, no DOM.
 */

/** 32 symbols without the look-alikes O/0 and I/1, so a code read aloud or retyped survives. */
export const DOSSIER_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** Data characters before the check character. */
export const DOSSIER_DATA_LENGTH = 12;
export const DOSSIER_CODE_LENGTH = DOSSIER_DATA_LENGTH + 1;

/**
 * GF(32) multiplication by the generator x (polynomial x^5 + x^2 + 1): the "a" of the quasigroup
 * `p ∘ v = a·p + v` below.
 */
function timesX(value: number): number {
  const shifted = value << 1;
  return shifted & 32 ? shifted ^ 0b100101 : shifted;
}

/** Folds characters through the quasigroup; a whole valid code (data + check) folds to 0. */
function fold(text: string): number {
  let interim = 0;
  for (const ch of text) {
    const value = DOSSIER_ALPHABET.indexOf(ch);
    if (value < 0) throw new Error(`not a dossier code character: ${ch}`);
    interim = timesX(interim) ^ value;
  }
  return interim;
}

/**
 * Damm check character over the totally anti-symmetric quasigroup `p ∘ v = x·p + v` in GF(32):
 * catches every single wrong character and every swap of two neighbours (check character
 * included), the two mistakes people make when typing a code. Luhn mod 32, used here before,
 * misses the swap of '2' and 'Z' (values 0 and 31), as Luhn mod 10 misses 09 ↔ 90.
 * Why it works: x·p + v = x·p + w only if v = w; and (x·c + a)·x + b = (x·c + b)·x + a only
 * if (x + 1)(a + b) = 0, i.e. a = b, because x ≠ 1 in GF(32).
 */
export function dossierCheckChar(data: string): string {
  return DOSSIER_ALPHABET[timesX(fold(data))] as string;
}

/** Upper-cases and drops spaces and dashes, as people write codes in groups. */
export function normalizeDossierCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function isValidDossierCode(input: string): boolean {
  const code = normalizeDossierCode(input);
  if (code.length !== DOSSIER_CODE_LENGTH) return false;
  for (const ch of code) if (!DOSSIER_ALPHABET.includes(ch)) return false;
  return fold(code) === 0;
}

/** `ABCD EFGH JKLM N` style grouping for screens and paper. */
export function formatDossierCode(code: string): string {
  const c = normalizeDossierCode(code);
  return [c.slice(0, 4), c.slice(4, 8), c.slice(8, 12), c.slice(12)].filter(Boolean).join(' ');
}

/** National procedure codes as the national database publishes them: `1.001193`. */
export const PROCEDURE_CODE_PATTERN = /^\d\.\d{6}$/;

/** The public portal page of a procedure; its QR opens it on a phone and at the kiosk alike. */
export const PORTAL_PROCEDURE_URL = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html';

export function procedureLink(code: string): string {
  return `${PORTAL_PROCEDURE_URL}?ma_thu_tuc=${encodeURIComponent(code)}`;
}

/** The procedure code in a scanned payload: a bare code or any URL with `ma_thu_tuc`. */
export function procedureCodeFromPayload(payload: string): string | null {
  const text = payload.trim();
  if (PROCEDURE_CODE_PATTERN.test(text)) return text;
  if (!/^https?:\/\//i.test(text) || text.length > 2048) return null;
  try {
    const code = new URL(text).searchParams.get('ma_thu_tuc')?.trim() ?? '';
    return PROCEDURE_CODE_PATTERN.test(code) ? code : null;
  } catch {
    return null;
  }
}
