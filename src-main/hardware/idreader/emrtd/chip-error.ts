import { CodedError } from '../../../api/errors';

/**
 * Why reading a chip failed, as a code the screen and the technician log can act on. Never
 * carries personal data: messages name the step, not the card's content.
 */
export type ChipErrorCode =
  | 'card-removed' // the card left the field before reading finished
  | 'wrong-key' // BAC mutual authentication refused: the MRZ data does not match this card
  | 'unsupported-card' // not an ICAO eMRTD (no LDS application) or an answer we cannot read
  | 'secure-messaging' // a protected answer failed its MAC or could not be decrypted
  | 'bad-data' // a data group or EF.SOD is malformed
  | 'reader-error'; // PC/SC failure: service stopped, reader gone

export class ChipError extends CodedError<ChipErrorCode> {
  override name = 'ChipError';
}
