import type { CccdScan, ClassifiedScan } from '../../api/channels/scan';
import { isValidDossierCode, normalizeDossierCode, procedureCodeFromPayload } from '../../api/codes';
import { ticketRefFromPayload } from '../../api/ticket-link';
import { parseCccd } from './cccd';

/**
 * Longest payload worth looking at. A QR code holds at most 7,089 characters; anything longer
 * is not one of ours, whatever it contains, and is refused before any work is done on it.
 */
export const MAX_SCAN_CHARS = 8192;

/** Control characters, invisible format characters (bidi overrides, zero-width) and lone surrogates. */
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}\p{Cs}]/u;

const unknown = (reason: string): ClassifiedScan => ({ kind: 'unknown', reason });
/** Read whole, but none of the kiosk's codes: the citizen is told so, not "could not read". */
const foreign = (reason: string): ClassifiedScan => ({ kind: 'unknown', reason, read: true });

/**
 * Says what a scanned payload is: a procedure QR, a dossier receipt QR, a queue ticket's QR, the
 * QR on a chip citizen ID card, or unknown with the reason. Pure and total: hostile input (huge, binary,
 * control characters, broken dates) yields `unknown`, never an exception.
 */
export function classifyScan(payload: unknown): ClassifiedScan {
  if (typeof payload !== 'string') return unknown('not text');
  if (payload.length > MAX_SCAN_CHARS) return unknown(`too long: ${payload.length} characters (at most ${MAX_SCAN_CHARS})`);
  if (payload.includes('\uFFFD')) return unknown('invalid UTF-8');
  // Scanners end a read with CR/LF and some prefix a byte-order mark; neither is part of the code.
  const text = payload.replace(/^\uFEFF/, '').replace(/[\r\n]+$/, '');
  if (text.trim() === '') return unknown('empty');
  if (HIDDEN_CHARACTERS.test(text)) return unknown('contains control or invisible characters');

  const procedure = procedureCodeFromPayload(text);
  if (procedure) return { kind: 'procedure', code: procedure };
  if (isValidDossierCode(text)) return { kind: 'dossier', code: normalizeDossierCode(text) };
  // The kiosk's own ticket QR: a link to the queue status page naming one ticket.
  const ticket = ticketRefFromPayload(text);
  if (ticket) return { kind: 'ticket', kiosk: ticket.kiosk, day: ticket.day, number: ticket.ticket };
  if (text.includes('|')) {
    const card = parseCccd(text);
    return card.ok ? card.value : foreign(`citizen ID QR: ${card.reason}`);
  }
  return foreign('not a procedure, dossier or citizen ID code');
}

/** The same for raw bytes from a device: bytes that are not valid UTF-8 are `unknown`. */
export function classifyScanBytes(bytes: Uint8Array): ClassifiedScan {
  if (bytes.length > MAX_SCAN_CHARS * 4) return unknown(`too long: ${bytes.length} bytes`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return unknown('invalid UTF-8');
  }
  return classifyScan(text);
}

export type { CccdScan };
