import type { Fee } from '../../api/channels/catalog';
import type { ProvinceFees } from './province-fees';

/**
 * The one amount a dossier's QR may ask for, or null when the kiosk cannot know it. A QR asks
 * for money only when the catalog leaves no doubt: a fee of exactly one line whose amount is known
 * (fixed by law, or entered for the province) and positive, not counted per page or copy. Several
 * lines are alternatives (on time or late) the kiosk cannot choose between, so those citizens pay
 * at the counter, where a clerk sees their case. Lines charged only on request (copies of the
 * result) are not counted: they are paid at the desk, for the copies asked for there.
 */
export function feeDue(procedureCode: string, fee: Fee | undefined, provinceFees: ProvinceFees): number | null {
  const lines = fee?.items.filter((i) => !i.onRequest) ?? [];
  if (!fee || fee.free || lines.length !== 1) return null;
  const item = lines[0];
  if (!item || item.perUnit) return null;
  const amount = item.amountVnd ?? provinceFees.get(procedureCode);
  return amount !== undefined && amount > 0 ? amount : null;
}
