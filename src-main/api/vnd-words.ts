/**
 * Amounts of money as Vietnamese people write them on a receipt: figures with a dot between
 * thousands ("50.000 đồng") and in words ("năm mươi nghìn đồng"). Pure, shared by the screens and
 * the printed receipt.
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const SCALES = ['', 'nghìn', 'triệu', 'tỷ'] as const;

/** Largest amount said in words: the catalog caps a fee at one billion đồng; 999 tỷ leaves room. */
export const MAX_VND_IN_WORDS = 999_999_999_999;

const digit = (d: number): string => DIGITS[d] as string;

/**
 * One group of three digits. `full` is set for every group after the leading one, which says its
 * empty hundreds ("không trăm") and joins a lone unit with "linh" (1.005.000: một triệu không
 * trăm linh năm nghìn).
 */
function group(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor(n / 10) % 10;
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(digit(hundreds), 'trăm');
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push('linh');
  } else if (tens === 1) {
    words.push('mười');
  } else {
    words.push(digit(tens), 'mươi');
  }
  if (units === 1 && tens >= 2) words.push('mốt');
  else if (units === 5 && tens >= 1) words.push('lăm');
  else if (units > 0) words.push(digit(units));
  return words;
}

/** "năm mươi nghìn đồng" for 50000. Whole đồng from 0 to MAX_VND_IN_WORDS. */
export function vndInWords(amount: number): string {
  if (!Number.isInteger(amount) || amount < 0 || amount > MAX_VND_IN_WORDS) {
    throw new RangeError(`not a whole amount of đồng from 0 to ${MAX_VND_IN_WORDS}: ${amount}`);
  }
  if (amount === 0) return 'không đồng';
  const groups: number[] = [];
  for (let rest = amount; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const n = groups[i] as number;
    if (n === 0) continue;
    words.push(...group(n, i < groups.length - 1), SCALES[i] as string);
  }
  return `${words.filter(Boolean).join(' ')} đồng`;
}

/** "50.000 đồng": figures grouped by dots as on Vietnamese receipts, whatever the screen language. */
export function vndInFigures(amount: number): string {
  return `${String(Math.trunc(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
}

/** "50.000 đồng – năm mươi nghìn đồng". */
export function vndFiguresAndWords(amount: number): string {
  return `${vndInFigures(amount)} – ${vndInWords(amount)}`;
}
