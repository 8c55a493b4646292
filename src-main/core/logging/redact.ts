/**
 * Masks personal data before it reaches a log: 9- and 12-digit ID numbers (CMND, CCCD), phone
 * numbers, and any value logged under a key that names a person's data, at any depth. Keys are
 * matched on their shape (`fullName`, `ho_ten`, `applicantPhone`), not on any `name`, so a
 * serial port's or a file's name stays readable for the technician.
 */
const PERSON_NAME_KEY =
  /^(?:name|hoten|ten|tencongdan)$|(?:full|first|last|given|family|middle|person|citizen|applicant|holder|owner|user)name$/;
const PERSONAL_KEY = /address|diachi|phone|dienthoai|mobile|idnumber|cccd|cmnd|passport|birth|ngaysinh|email|applicant|citizenid/;
const LONG_DIGITS = /\d{9,12}/g;
const PHONE = /(?:\+?84|0)\d{9,10}\b/g;
const MAX_DEPTH = 6;

export function isPersonalKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[_\-\s]/g, '');
  return k !== '' && (PERSON_NAME_KEY.test(k) || PERSONAL_KEY.test(k));
}

export function maskValue(value: string): string {
  if (value.length <= 2) return '**';
  return `${value[0]}${'*'.repeat(Math.min(value.length - 2, 8))}${value[value.length - 1]}`;
}

export function redactText(text: string, key: string): string {
  if (key && isPersonalKey(key)) return maskValue(text);
  return text.replace(PHONE, (m) => maskValue(m)).replace(LONG_DIGITS, (m) => maskValue(m));
}

/** Any logged value: strings and numbers masked as above, objects and arrays walked through. */
export function redactValue(value: unknown, key = '', depth = 0): unknown {
  if (typeof value === 'string') return redactText(value, key);
  if (typeof value === 'number' || typeof value === 'bigint') {
    if (key && isPersonalKey(key)) return maskValue(String(value));
    const text = String(value);
    return /\d{9,12}/.test(text) ? redactText(text, '') : value;
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[nested too deep]';
  if (Array.isArray(value)) return value.map((v) => redactValue(v, key, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = key && isPersonalKey(key) ? redactValue(v, key, depth + 1) : redactValue(v, k, depth + 1);
  }
  return out;
}

/** A whole record read back from a file, masked again before it leaves the kiosk. */
export function redactRecord(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  if (typeof out.msg === 'string') out.msg = redactText(out.msg, '');
  if (out.data !== undefined) out.data = redactValue(out.data);
  return out;
}
