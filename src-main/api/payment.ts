import { z } from 'zod';

/**
 * Paying a fee by bank transfer: the center's account as the technician enters it, and what a
 * receipt shows. The rules are those of a NAPAS VietQR payload (docs/payment.md): each field must
 * fit its EMVCo tag, in plain ASCII, or banking apps refuse the code.
 */

/** The six-digit NAPAS bank identification number (BIN) of the center's bank, e.g. 970436. */
export const BANK_BIN_PATTERN = /^\d{6}$/;
/** The account number as the bank prints it: 1 to 19 letters or digits, no spaces. */
export const BANK_ACCOUNT_PATTERN = /^[0-9A-Za-z]{1,19}$/;
/** The beneficiary name as the bank holds it: capitals without diacritics, at most 25 characters. */
export const BENEFICIARY_NAME_PATTERN = /^[A-Z0-9][A-Z0-9 .,&()-]{0,24}$/;

/** Largest amount a VietQR amount field can carry that the catalog allows (one billion đồng). */
export const MAX_PAYABLE_VND = 1_000_000_000;

/** What a citizen owes for a dossier and the code that pays it; absent when nothing can be asked. */
export const PaymentDue = z.object({
  amountVnd: z.number().int().min(1).max(MAX_PAYABLE_VND),
  /** The VietQR payload; null when the center has not set its bank account (pay at the counter). */
  qrPayload: z.string().max(512).nullable(),
  /** The beneficiary as the bank app will show it, so the citizen can check before paying. */
  beneficiaryName: z.string().max(25).nullable(),
});
export type PaymentDue = z.infer<typeof PaymentDue>;

/** Whether the center says the fee was paid (`payment` in the status answer); the kiosk never decides it. */
export const PaymentState = z.enum(['unpaid', 'paid']);
export type PaymentState = z.infer<typeof PaymentState>;

/**
 * A name typed in Vietnamese as banks hold it: marks dropped, đ to D, capitals, single spaces
 * ("UBND xã Chiềng Sơn" → "UBND XA CHIENG SON"). What still breaks the rule is refused by it.
 */
export function toBankName(typed: string): string {
  return typed
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toUpperCase()
    .trim()
    .replace(/\s+/g, ' ');
}
