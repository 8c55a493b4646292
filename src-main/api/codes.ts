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
 * Luhn mod N check character over the alphabet: catches every single wrong character and every
 * swap of two neighbours, the two mistakes people make when typing a code.
 */
export function dossierCheckChar(data: string): string {
  const n = DOSSIER_ALPHABET.length;
  let factor = 2;
  let sum = 0;
  for (let i = data.length - 1; i >= 0; i--) {
    const value = DOSSIER_ALPHABET.indexOf(data[i] as string);
    if (value < 0) throw new Error(`not a dossier code character: ${data[i]}`);
    let addend = factor * value;
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / n) + (addend % n);
    sum += addend;
  }
  return DOSSIER_ALPHABET[(n - (sum % n)) % n] as string;
}

/** Upper-cases and drops spaces and dashes, as people write codes in groups. */
export function normalizeDossierCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function isValidDossierCode(input: string): boolean {
  const code = normalizeDossierCode(input);
  if (code.length !== DOSSIER_CODE_LENGTH) return false;
  for (const ch of code) if (!DOSSIER_ALPHABET.includes(ch)) return false;
  return dossierCheckChar(code.slice(0, DOSSIER_DATA_LENGTH)) === code[DOSSIER_DATA_LENGTH];
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
