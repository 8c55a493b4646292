import type { Fee } from '../../api/channels/catalog';
import type { ProvinceFees } from './province-fees';

/**
 * The one amount a dossier's QR may ask for, or null when the kiosk cannot know it. A QR asks
 * for money only when the catalog leaves no doubt: a fee of exactly one line whose amount is known
 * (fixed by law, or entered for the province) and positive, not counted per page or copy. Several
 * lines are alternatives (on time or late) the kiosk cannot choose between, so those citizens pay
 * at the counter, where a clerk sees their case.
 */
export function feeDue(procedureCode: string, fee: Fee | undefined, provinceFees: ProvinceFees): number | null {
  if (!fee || fee.free || fee.items.length !== 1) return null;
  const item = fee.items[0];
  if (!item || item.perUnit) return null;
  const amount = item.amountVnd ?? provinceFees.get(procedureCode);
  return amount !== undefined && amount > 0 ? amount : null;
}
