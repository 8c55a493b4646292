import type { Clock } from '../../api/center-clock';
import { normalizeDossierCode } from '../../api/codes';
import { ApiError } from '../../api/errors';
import type { Logger } from '../logging/logger';
import type { PrintQueue } from '../printing/print-queue';
import type { PartialHandlers } from '../rpc/handlers';
import type { DossierService } from './dossier-service';
import { dossierReceiptDocument, type ReceiptDocumentOptions } from './receipt-document';

/**
 * The applicant's name is printed only on the slip printed right after submitting, at the kiosk
 * the citizen stands at; a print asked for later by code alone (anyone may hold a code) names nobody.
 */
const NAME_ON_SLIP_MS = 10 * 60_000;

export interface DossierHandlerDeps {
  readonly service: DossierService;
  /** Center name, committee name and phone as configured now. */
  readonly slipHeader: () => Pick<ReceiptDocumentOptions, 'centerName' | 'committeeName' | 'phone'>;
  readonly clock: Clock;
  /** The kiosk's print queue, when this kiosk has a printer wired in. */
  readonly printing: PrintQueue | null;
  readonly log: Logger;
}

/** How long the citizen's receipt screen waits for the printer's answer before saying it is kept. */
const RECEIPT_ANSWER_MS = 20_000;

export function dossierHandlers(
  deps: DossierHandlerDeps,
): PartialHandlers<'dossier.submit' | 'dossier.receipt' | 'dossier.status' | 'dossier.printReceipt'> {
  return {
    'dossier.submit': (args) => deps.service.submit(args),
    'dossier.receipt': ({ code }) => deps.service.receipt(code),
    'dossier.status': ({ code }) => deps.service.status(code),
    'dossier.printReceipt': async ({ code }) => {
      const row = deps.service.store.find(normalizeDossierCode(code));
      if (!row) throw new ApiError('not-found', 'no dossier with this code was submitted at this kiosk');
      if (!deps.printing) return { state: 'unavailable', reason: 'no printer on this kiosk' };
      const fresh = deps.clock.now().getTime() - Date.parse(row.submitted_at) < NAME_ON_SLIP_MS;
      const applicantName = fresh && row.applicant ? ((JSON.parse(row.applicant) as { fullName?: string }).fullName ?? null) : null;
      const doc = dossierReceiptDocument(deps.service.receipt(row.code), { ...deps.slipHeader(), language: row.language, applicantName });
      try {
        const outcome = await deps.printing.print(doc, 'receipt', row.code, RECEIPT_ANSWER_MS);
        // Sent but never confirmed: it is not sent again, and the citizen may ask for it at the desk.
        if (outcome.state === 'failed')
          return deps.printing.store.get(outcome.jobId)?.sent
            ? { state: 'unavailable', reason: `not confirmed by the printer (${outcome.reason ?? 'offline'})` }
            : { state: 'unavailable', reason: outcome.reason ?? 'printer error' };
        return outcome.reason ? { state: outcome.state, reason: outcome.reason } : { state: outcome.state };
      } catch (err) {
        const reason = (err as { code?: unknown }).code;
        deps.log.warn('receipt could not be printed', { code: row.code, reason: typeof reason === 'string' ? reason : 'error' });
        return { state: 'unavailable', reason: typeof reason === 'string' ? reason : 'printer error' };
      }
    },
  };
}
