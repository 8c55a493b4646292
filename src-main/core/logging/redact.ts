/**
 * Masks personal data in free text before it reaches a log: 9- and 12-digit ID numbers, phone
 * numbers, and any value logged under a key that names a person's data.
 */
const PERSONAL_KEYS = /name|address|phone|idnumber|cccd|birth|email|applicant|fullname/i;
const LONG_DIGITS = /\d{9,12}/g;
const PHONE = /(?:\+?84|0)\d{9,10}\b/g;

export function maskValue(value: string): string {
  if (value.length <= 2) return '**';
  return `${value[0]}${'*'.repeat(Math.min(value.length - 2, 8))}${value[value.length - 1]}`;
}

export function redactText(text: string, key: string): string {
  if (key && PERSONAL_KEYS.test(key)) return maskValue(text);
  return text.replace(PHONE, (m) => maskValue(m)).replace(LONG_DIGITS, (m) => maskValue(m));
}
