import { DOSSIER_ALPHABET, formatDossierCode } from '../../../src-main/api/codes';
import { applyTelexKey, isWordChar, type TelexOptions } from './telex';
import { tonedForms } from './vietnamese';

/** An input's text and selection, as the on-screen keyboard edits it. */
export interface EditState {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** What the kind of field accepts; anything else typed or pasted is dropped. */
/**
 * text: Vietnamese (tone picker, Telex) · numeric: digits (ID numbers, PINs) · phone: digits, + ·
 * code: the dossier code alphabet (no O, I, 0, 1), grouped in fours as printed · email · latin: printable ASCII without Telex (addresses, URLs,
 * folder paths, tokens: what technicians type).
 */
export type FieldMode = 'text' | 'numeric' | 'phone' | 'code' | 'email' | 'latin';

const ALLOWED: Readonly<Record<FieldMode, RegExp | null>> = {
  text: null,
  numeric: /[0-9]/u,
  phone: /[0-9+ ]/u,
  code: new RegExp(`[${DOSSIER_ALPHABET}]`, 'u'),
  email: /[\p{L}0-9@._+-]/u,
  latin: /[\x20-\x7e]/u,
};

/** Normalises to NFC and keeps only what `mode` accepts (codes are upper-cased first). */
export function sanitize(mode: FieldMode, value: string, maxLength?: number): string {
  let out = value.normalize('NFC');
  if (mode === 'code') out = out.toUpperCase();
  if (mode === 'text') out = out.replace(/[\r\n\t]+/g, ' ');
  const allowed = ALLOWED[mode];
  if (allowed) out = Array.from(out, (ch) => (allowed.test(ch) ? ch : '')).join('');
  // Grouped as on the receipt (`ABCD EFGH JKLM N`), so the citizen compares group by group.
  if (mode === 'code') out = formatDossierCode(out);
  if (maxLength !== undefined && out.length > maxLength) out = out.slice(0, maxLength);
  return out;
}

function clamp(state: EditState): EditState {
  const len = state.value.length;
  const start = Math.max(0, Math.min(state.start, len));
  const end = Math.max(start, Math.min(state.end, len));
  return { value: state.value, start, end };
}

export function insertText(state: EditState, text: string): EditState {
  const s = clamp(state);
  const value = s.value.slice(0, s.start) + text + s.value.slice(s.end);
  const caret = s.start + text.length;
  return { value, start: caret, end: caret };
}

/** Deletes the selection, or the one character before the caret (a surrogate pair counts as one). */
export function backspace(state: EditState): EditState {
  const s = clamp(state);
  if (s.start !== s.end) return { value: s.value.slice(0, s.start) + s.value.slice(s.end), start: s.start, end: s.start };
  if (s.start === 0) return s;
  const prev = s.value.codePointAt(s.start - 2);
  const width = s.start >= 2 && prev !== undefined && prev > 0xffff ? 2 : 1;
  const caret = s.start - width;
  return { value: s.value.slice(0, caret) + s.value.slice(s.start), start: caret, end: caret };
}

/** Types one character; with Telex on, a letter may rewrite the word before the caret. */
export function typeKey(state: EditState, key: string, telex: false | TelexOptions): EditState {
  const s = clamp(state);
  if (!telex || s.start !== s.end || !isWordChar(key)) return insertText(s, key);
  let wordStart = s.start;
  while (wordStart > 0 && isWordChar(s.value[wordStart - 1] as string)) wordStart--;
  const word = applyTelexKey(s.value.slice(wordStart, s.start), key, telex);
  const value = (s.value.slice(0, wordStart) + word + s.value.slice(s.start)).normalize('NFC');
  const caret = wordStart + word.length;
  return { value, start: caret, end: caret };
}

/** The vowel right before the caret, if any: the tone picker offers its toned forms. */
export function vowelBeforeCaret(state: EditState): { char: string; forms: string[] } | null {
  const s = clamp(state);
  if (s.start !== s.end || s.start === 0) return null;
  const char = s.value[s.start - 1] as string;
  const forms = tonedForms(char);
  return forms ? { char, forms } : null;
}

/** Replaces the character before the caret (the tone picker's choice). */
export function replaceBeforeCaret(state: EditState, char: string): EditState {
  const s = clamp(state);
  if (s.start === 0) return insertText(s, char);
  const value = (s.value.slice(0, s.start - 1) + char + s.value.slice(s.start)).normalize('NFC');
  const caret = s.start - 1 + char.length;
  return { value, start: caret, end: caret };
}
