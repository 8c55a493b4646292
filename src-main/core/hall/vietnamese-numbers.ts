/**
 * Reading numbers aloud in Vietnamese (docs/hall.md, "How a call is read"). Cardinals follow the
 * northern standard the state broadcaster uses:
 * - 10 "mười"; 11–19 "mười" + unit, but 15 "mười lăm";
 * - 20–99 tens + "mươi", then the unit, where 1 is "mốt", 4 is "tư" and 5 is "lăm" (21 "hai mươi
 *   mốt", 24 "hai mươi tư", 25 "hai mươi lăm"); 20 is "hai mươi";
 * - a hundred with no tens but a unit says "linh" (105 "một trăm linh năm"), and the unit after
 *   "linh" keeps its own name (101 "một trăm linh một", 104 "một trăm linh bốn");
 * - a thousand whose rest is under a hundred says "không trăm" (1005 "một nghìn không trăm linh năm").
 * Ticket numbers are read digit by digit after the letter (A-012 "A không một hai"): a number
 * heard in a noisy hall is matched against the paper digit by digit, and a leading zero read as
 * a cardinal would vanish.
 */

const UNITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

function unit(d: number): string {
  return UNITS[d] as string;
}

/** 0–99 as words, without a leading "không trăm". */
function belowHundred(n: number): string[] {
  if (n < 10) return [unit(n)];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 1) return ones === 0 ? ['mười'] : ['mười', ones === 5 ? 'lăm' : unit(ones)];
  const words = [unit(tens), 'mươi'];
  if (ones === 0) return words;
  const tail = ones === 1 ? 'mốt' : ones === 4 ? 'tư' : ones === 5 ? 'lăm' : unit(ones);
  return [...words, tail];
}

/** 0–999 as words; `inside` (after a thousand) says "không trăm" and "linh" for a small rest. */
function belowThousand(n: number, inside: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0 && !inside) return belowHundred(rest);
  const head = [unit(hundreds), 'trăm'];
  if (rest === 0) return head;
  if (rest < 10) return [...head, 'linh', unit(rest)];
  return [...head, ...belowHundred(rest)];
}

/** A whole number from 0 to 999,999 as Vietnamese words: 105 → ["một", "trăm", "linh", "năm"]. */
export function cardinalWords(n: number): string[] {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) throw new RangeError(`cannot read ${n}: whole numbers 0–999999 only`);
  if (n < 1000) return belowThousand(n, false);
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const head = [...belowThousand(thousands, false), 'nghìn'];
  return rest === 0 ? head : [...head, ...belowThousand(rest, true)];
}

export function readCardinal(n: number): string {
  return cardinalWords(n).join(' ');
}

/**
 * How the Vietnamese alphabet names each letter when spelled aloud (the names primary schools
 * teach); F, J, W and Z are not Vietnamese letters and get their usual borrowed names.
 */
export const LETTER_NAMES: Readonly<Record<string, string>> = {
  A: 'a',
  B: 'bê',
  C: 'xê',
  D: 'dê',
  E: 'e',
  F: 'ép',
  G: 'giê',
  H: 'hát',
  I: 'i',
  J: 'gi',
  K: 'ca',
  L: 'e lờ',
  M: 'em mờ',
  N: 'en nờ',
  O: 'o',
  P: 'pê',
  Q: 'quy',
  R: 'e rờ',
  S: 'ét xì',
  T: 'tê',
  U: 'u',
  V: 'vê',
  W: 'vê kép',
  X: 'ích xì',
  Y: 'i dài',
  Z: 'dét',
};

/** `A-012` → { letter: 'A', digits: ['không', 'một', 'hai'] }; anything else is a RangeError. */
export function ticketNumberWords(number: string): { letter: string; digits: string[] } {
  const match = /^([A-Z])-(\d{1,6})$/.exec(number);
  if (!match) throw new RangeError(`not a ticket number: ${number.slice(0, 20)}`);
  const [, letter, digits] = match as unknown as [string, string, string];
  return { letter, digits: [...digits].map((d) => unit(Number(d))) };
}

/** The ticket number as said aloud: "a không một hai" (the letter by its Vietnamese name). */
export function readTicketNumber(number: string): string {
  const { letter, digits } = ticketNumberWords(number);
  return [LETTER_NAMES[letter] as string, ...digits].join(' ');
}
