import { z } from 'zod';
import { BANK_ACCOUNT_PATTERN, BANK_BIN_PATTERN, BENEFICIARY_NAME_PATTERN } from '../../api/payment';
import { PRINTER_PROFILE_IDS } from '../../hardware/printer/printer-profiles';
import { parseDayList } from '../calendar/day-list';
import { parseProvinceFees } from '../payment/province-fees';

/** A list of dates, `2026-02-14..2026-02-22, 2026-09-01`; refused with the first entry that is wrong. */
const dayList = z
  .string()
  .trim()
  .max(4000)
  .superRefine((text, ctx) => {
    const r = parseDayList(text);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error });
  });

/**
 * Every setting of the kiosk: one key, one schema, one default. Stored in SQLite as JSON text;
 * a value that fails its schema is refused with the reason and never stored.
 */
export const configSchema = {
  'center.name': z.string().trim().min(1).max(120).default('Trung tâm Phục vụ hành chính công'),
  /**
   * The commune or ward People's Committee the center receives dossiers for ("Ủy ban nhân dân xã
   * Chiềng Sơn"): the receiving body on the printed "Giấy tiếp nhận hồ sơ và hẹn trả kết quả".
   * Empty: the center's name is printed instead.
   */
  'center.committeeName': z.string().trim().max(160).default(''),
  /** The center's phone for citizens' questions, printed on the dossier slip; empty prints none. */
  'center.phone': z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^[0-9+ .()-]{6,20}$/, 'a phone number, digits and spaces'),
    ])
    .default(''),
  'ui.defaultLanguage': z.enum(['vi', 'en', 'ar', 'pl']).default('vi'),
  'ui.idleTimeoutS': z.number().int().min(15).max(600).default(60),
  'ui.orientation': z.enum(['auto', 'portrait', 'landscape']).default('auto'),
  'server.url': z.union([z.literal(''), z.url({ protocol: /^https?$/ })]).default(''),
  'server.token': z.string().max(512).default(''),
  /** How often to ask the center server for a newer procedure catalog; 0 turns it off. */
  'catalog.refreshMinutes': z.number().int().min(0).max(10_080).default(360),
  /** Days after the center acknowledged a dossier before its personal data is purged from the kiosk. */
  'dossiers.retentionDays': z.number().int().min(1).max(3650).default(30),
  /**
   * Days the center is closed beyond what the law fixes (the fifth day of Tết, the day next to
   * 2 September, days the government adds) and weekend days it works instead; the expected result
   * date on a receipt skips the one and counts the other (docs/dossiers.md).
   */
  'calendar.extraDaysOff': dayList.default(''),
  'calendar.extraWorkingDays': dayList.default(''),
  /** A dossier handed in from this local time on counts as handed in on the next working day. */
  'calendar.dayEndsAt': z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:MM from 00:00 to 23:59')
    .default('17:00'),
  /**
   * Where each letter's numbers start every day. A hall with two kiosks gives the second 501 so
   * its tickets (A-501, …) never meet the first's (docs/tickets.md).
   */
  'tickets.firstNumber': z.number().int().min(1).max(9000).default(1),
  /** Queue status page a ticket's QR opens; empty means `<server.url>/queue` (docs/tickets.md). */
  'tickets.statusUrl': z.union([z.literal(''), z.url({ protocol: /^https?$/ })]).default(''),
  /**
   * The center's bank account for fees paid by VietQR (docs/payment.md). All three set, or none:
   * while any is empty the receipt shows the amount and says to pay at the counter, with no QR.
   */
  'payment.bankBin': z.union([z.literal(''), z.string().regex(BANK_BIN_PATTERN, 'six digits, the NAPAS BIN of the bank')]).default(''),
  'payment.accountNumber': z
    .union([z.literal(''), z.string().regex(BANK_ACCOUNT_PATTERN, '1 to 19 letters or digits, no spaces')])
    .default(''),
  'payment.accountName': z
    .union([z.literal(''), z.string().regex(BENEFICIARY_NAME_PATTERN, 'capitals without diacritics, at most 25 characters')])
    .default(''),
  /** Amounts the province sets, for fees the catalog leaves open: `1.004873=8000; 1.001612=100000`. */
  'payment.provinceFees': z
    .string()
    .trim()
    .max(4000)
    .superRefine((text, ctx) => {
      const r = parseProvinceFees(text);
      if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error });
    })
    .default(''),
  /**
   * The hall (docs/hall.md): `standalone` keeps its own queue; a `host` owns the hall's queue and
   * listens on the LAN (`hall.port`); a `member` issues through the host at `hall.hostUrl` and,
   * while the host is away, from its offline block starting at `hall.offlineFirstNumber`.
   */
  'hall.role': z.enum(['standalone', 'host', 'member']).default('standalone'),
  'hall.hostUrl': z.union([z.literal(''), z.url({ protocol: /^https?$/ })]).default(''),
  'hall.port': z.number().int().min(1024).max(65_535).default(8790),
  'hall.offlineFirstNumber': z.number().int().min(900).max(999).default(900),
  /** The member kiosk's device token from pairing with the host. */
  'hall.deviceToken': z.string().max(128).default(''),
  // Devices: `emulator` (the default, for demos) until a technician picks the real interface.
  'devices.printer.interface': z.enum(['none', 'emulator', 'serial', 'tcp', 'usb']).default('emulator'),
  'devices.printer.address': z.string().trim().max(256).default(''),
  'devices.printer.profile': z.enum(PRINTER_PROFILE_IDS).default('generic-escpos-80'),
  'devices.printer.baudRate': z
    .union([z.literal(0), z.literal(9600), z.literal(19200), z.literal(38400), z.literal(57600), z.literal(115200)])
    .default(0),
  'devices.scanner.interface': z.enum(['none', 'emulator', 'serial']).default('emulator'),
  'devices.scanner.address': z.string().trim().max(256).default(''),
  'devices.scanner.baudRate': z
    .union([z.literal(0), z.literal(9600), z.literal(19200), z.literal(38400), z.literal(57600), z.literal(115200)])
    .default(0),
  'devices.idReader.interface': z.enum(['none', 'emulator', 'serial']).default('emulator'),
  'devices.idReader.address': z.string().trim().max(256).default(''),
  'devices.idReader.baudRate': z
    .union([z.literal(0), z.literal(9600), z.literal(19200), z.literal(38400), z.literal(57600), z.literal(115200)])
    .default(0),
} as const;

export type ConfigSchema = typeof configSchema;
export type ConfigKey = keyof ConfigSchema;
export type ConfigValues = { [K in ConfigKey]: z.output<ConfigSchema[K]> };

export function isConfigKey(key: string): key is ConfigKey {
  return Object.hasOwn(configSchema, key);
}

/** Keys whose values are secrets: shown masked and never logged. */
export const SECRET_KEYS: ReadonlySet<ConfigKey> = new Set(['server.token', 'hall.deviceToken']);
