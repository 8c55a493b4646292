import { isValidDossierCode, normalizeDossierCode } from '../../api/codes';
import { ApiError } from '../../api/errors';
import type { PaymentDue } from '../../api/payment';
import type { ConfigStore } from '../config/config-store';
import type { ProcedureLookup } from '../dossiers/dossier-procedure';
import { feeDue } from './fee-due';
import { parseProvinceFees } from './province-fees';
import { encodeVietQr } from './vietqr';

export interface BankAccount {
  readonly bin: string;
  readonly account: string;
  readonly name: string;
}

export interface PaymentDeps {
  readonly config: ConfigStore;
  readonly procedures: ProcedureLookup;
}

/**
 * What a dossier's fee asks of the citizen, and the VietQR that pays it into the center's account.
 * Worked out when asked, from the catalog and the settings of that moment; the kiosk never records
 * or claims a payment: only the center's status answer says "paid".
 */
export class PaymentService {
  constructor(private readonly deps: PaymentDeps) {}

  /** The center's account, or null while any of its three settings is empty. */
  bankAccount(): BankAccount | null {
    const { config } = this.deps;
    const bin = config.get('payment.bankBin');
    const account = config.get('payment.accountNumber');
    const name = config.get('payment.accountName');
    return bin && account && name ? { bin, account, name } : null;
  }

  /** The amount due for a procedure, or null when nothing can be asked by QR (free, unknown, varies). */
  amountFor(procedureCode: string): number | null {
    const procedure = this.deps.procedures(procedureCode);
    if (!procedure) return null;
    const fees = parseProvinceFees(this.deps.config.get('payment.provinceFees'));
    return feeDue(procedure.code, procedure.fee, fees.ok ? fees.fees : new Map());
  }

  /** What a receipt shows: the amount and, when the bank account is set, the QR payload. */
  dueFor(procedureCode: string, dossierCode: string): PaymentDue | null {
    const amountVnd = this.amountFor(procedureCode);
    if (amountVnd === null) return null;
    const bank = this.bankAccount();
    if (!bank) return { amountVnd, qrPayload: null, beneficiaryName: null };
    return { amountVnd, qrPayload: this.encode(bank, amountVnd, dossierCode), beneficiaryName: bank.name };
  }

  /** The QR a receipt would carry, or a clear error saying why there is none (the CLI's check). */
  qrFor(procedureCode: string, rawDossierCode: string): { payload: string; amount: number } {
    const dossierCode = normalizeDossierCode(rawDossierCode);
    if (!isValidDossierCode(dossierCode)) throw new ApiError('bad-request', 'this is not a valid dossier code');
    const procedure = this.deps.procedures(procedureCode);
    if (!procedure) throw new ApiError('not-found', `no procedure ${procedureCode} in the catalog`);
    const amount = this.amountFor(procedureCode);
    if (amount === null) {
      throw new ApiError(
        'conflict',
        procedure.fee?.free ? `${procedureCode} is free: there is nothing to pay` : noAmountReason(procedureCode),
      );
    }
    const bank = this.bankAccount();
    if (!bank) throw new ApiError('unavailable', 'set payment.bankBin, payment.accountNumber and payment.accountName first');
    return { payload: this.encode(bank, amount, dossierCode), amount };
  }

  private encode(bank: BankAccount, amountVnd: number, dossierCode: string): string {
    return encodeVietQr({ bin: bank.bin, account: bank.account, beneficiaryName: bank.name, amountVnd, purpose: dossierCode });
  }
}

function noAmountReason(code: string): string {
  return `${code} has no single known amount (fee unknown, several cases, counted per page, or set by the province and not in payment.provinceFees): citizens pay at the counter`;
}
