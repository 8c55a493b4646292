import { ApiError } from '../../api/errors';
import { BANK_ACCOUNT_PATTERN, BANK_BIN_PATTERN, BENEFICIARY_NAME_PATTERN, MAX_PAYABLE_VND } from '../../api/payment';

/**
 * A VietQR payload: the NAPAS profile of the EMVCo merchant-presented QR code, for a transfer to
 * a bank account ("QRIBFTTA") with the amount and the transfer's purpose filled in. Every field is
 * a TLV: two-digit tag, two-digit length, value. Field list and tags: NAPAS "VietQR" technical
 * specification, after EMVCo QRCPS-MPM v1.1 (docs/payment.md lists them).
 */

export interface VietQrInput {
  /** Six-digit NAPAS BIN of the beneficiary's bank. */
  readonly bin: string;
  readonly account: string;
  readonly amountVnd: number;
  readonly beneficiaryName: string;
  /** Purpose of the transfer (tag 62, sub-tag 08): the dossier code, so staff can match it. */
  readonly purpose: string;
}

/** The NAPAS globally unique identifier in merchant account information. */
export const NAPAS_GUID = 'A000000727';
/** Service code: instant inter-bank transfer to an account. */
export const SERVICE_TO_ACCOUNT = 'QRIBFTTA';

const PURPOSE_PATTERN = /^[0-9A-Za-z ]{1,25}$/;

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR), four hex digits. */
export function crc16CcittFalse(text: string): string {
  let crc = 0xffff;
  for (let i = 0; i < text.length; i++) {
    crc ^= text.charCodeAt(i) << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

function tlv(tag: string, value: string): string {
  if (value.length === 0 || value.length > 99) throw new ApiError('bad-request', `VietQR field ${tag} must be 1 to 99 characters`);
  return `${tag}${String(value.length).padStart(2, '0')}${value}`;
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new ApiError('bad-request', message);
}

/** Builds the payload; a field that a bank app would refuse is refused here with the reason. */
export function encodeVietQr(input: VietQrInput): string {
  check(BANK_BIN_PATTERN.test(input.bin), 'the bank BIN must be six digits');
  check(BANK_ACCOUNT_PATTERN.test(input.account), 'the account number must be 1 to 19 letters or digits');
  check(BENEFICIARY_NAME_PATTERN.test(input.beneficiaryName), 'the beneficiary name must be capitals without diacritics, at most 25');
  check(PURPOSE_PATTERN.test(input.purpose), 'the purpose must be 1 to 25 letters, digits or spaces');
  check(
    Number.isInteger(input.amountVnd) && input.amountVnd >= 1 && input.amountVnd <= MAX_PAYABLE_VND,
    'the amount must be a whole number of đồng from 1 to 1,000,000,000',
  );
  const beneficiary = tlv('00', input.bin) + tlv('01', input.account);
  const body =
    tlv('00', '01') +
    tlv('01', '12') +
    tlv('38', tlv('00', NAPAS_GUID) + tlv('01', beneficiary) + tlv('02', SERVICE_TO_ACCOUNT)) +
    tlv('53', '704') +
    tlv('54', String(input.amountVnd)) +
    tlv('58', 'VN') +
    tlv('59', input.beneficiaryName) +
    tlv('62', tlv('08', input.purpose)) +
    '6304';
  return body + crc16CcittFalse(body);
}
