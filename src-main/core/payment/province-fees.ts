import { MAX_PAYABLE_VND } from '../../api/payment';

/**
 * Amounts the province sets, entered by a technician for fees the catalog leaves open (a single
 * fee line without `amountVnd`): `1.004873=8000; 1.001612=100000`, by procedure code.
 */
export type ProvinceFees = ReadonlyMap<string, number>;

const ENTRY = /^(\d\.\d{6})\s*=\s*(\d{1,10})$/;

export type ProvinceFeesParse = { readonly ok: true; readonly fees: ProvinceFees } | { readonly ok: false; readonly error: string };

/** Reads the setting; the first entry that is wrong is named, so a technician can fix it. */
export function parseProvinceFees(text: string): ProvinceFeesParse {
  const fees = new Map<string, number>();
  for (const raw of text.split(/[;\n]/)) {
    const entry = raw.trim();
    if (entry === '') continue;
    const m = ENTRY.exec(entry);
    if (!m) return { ok: false, error: `"${entry}" is not CODE=AMOUNT (for example 1.004873=8000)` };
    const code = m[1] as string;
    const value = Number(m[2]);
    if (value < 1 || value > MAX_PAYABLE_VND) return { ok: false, error: `"${entry}": the amount must be 1 to ${MAX_PAYABLE_VND} đồng` };
    if (fees.has(code)) return { ok: false, error: `"${entry}": ${code} is given twice` };
    fees.set(code, value);
  }
  return { ok: true, fees };
}
