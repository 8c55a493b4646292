import type { ProcedureLookup } from '../dossiers/dossier-procedure';
import type { KioskParts } from '../kiosk/kiosk-parts';
import { PaymentService } from './payment-service';

/**
 * Joins fee payment to the kiosk. It has no channels of its own: receipts carry what is due
 * (dossiers take `service.dueFor`), and the CLI checks a center's bank settings with `qrFor`.
 */
export function composePayment(parts: KioskParts, options: Readonly<{ procedures: ProcedureLookup }>) {
  const service = new PaymentService({ config: parts.config, procedures: options.procedures });
  return { service, handlers: {} };
}

export type PaymentFeature = ReturnType<typeof composePayment>;
