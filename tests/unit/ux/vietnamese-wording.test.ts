import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DossierReceipt } from '../../../src-main/api/channels/dossiers';
import type { Ticket } from '../../../src-main/api/channels/tickets';
import { dossierReceiptDocument } from '../../../src-main/core/dossiers/receipt-document';
import { ticketDocument } from '../../../src-main/core/tickets/ticket-document';

/**
 * The Vietnamese wording conventions of the kiosk (issue #21 item 12), held so they do not drift
 * back: one name per thing, dates in words, no English placeholders, one required marker, choice
 * prompts that say "Vui lòng chọn". Checked over every vi string and the printed slips.
 */

const VI_DIR = fileURLToPath(new URL('../../../src-renderer/i18n/locales/vi', import.meta.url));
/** Screens and papers for staff and technicians: holiday names like "30/4" and CLI hints are theirs. */
const STAFF_NAMESPACES = new Set(['technician', 'auth', 'hall', 'staff']);

type Json = { [key: string]: string | Json };
function flatten(obj: Json, prefix: string, out: [string, string][]): [string, string][] {
  for (const [k, v] of Object.entries(obj)) {
    const key = `${prefix}.${k}`;
    if (typeof v === 'string') out.push([key, v]);
    else flatten(v, key, out);
  }
  return out;
}

const viStrings: [string, string][] = readdirSync(VI_DIR).flatMap((f) =>
  flatten(JSON.parse(readFileSync(join(VI_DIR, f), 'utf8')) as Json, f.replace(/\.json$/, ''), []),
);
const citizenStrings = viStrings.filter(([key]) => !STAFF_NAMESPACES.has(key.split('.')[0] as string));

const ticket: Ticket = {
  id: 't1',
  number: 'A-012',
  serviceId: 'civil-status',
  prefix: 'A',
  names: { vi: 'Hộ tịch', en: 'Civil status' },
  counters: [1],
  priority: true,
  status: 'waiting',
  source: 'kiosk',
  day: '2026-12-06',
  issuedAt: '2026-12-06T02:05:00.000Z',
  closedAt: null,
  waitingAhead: 3,
  estimatedWaitMin: 15,
  print: { state: 'pending', reason: null, count: 0 },
  statusUrl: 'https://hcc.example.gov.vn/queue?kiosk=K1&day=2026-12-06&ticket=A-012',
};
const receipt: DossierReceipt = {
  code: 'K3MABCDEFGHJ7',
  procedureCode: '1.001193',
  procedureName: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
  submittedAt: '2026-12-06T02:30:00.000Z',
  expectedResultDate: '2026-12-09',
  delivery: 'counter',
  documentsProvided: 1,
  documentsListed: 1,
  documents: [{ name: { vi: 'Tờ khai đăng ký khai sinh' }, provided: true }],
  state: 'queued',
};
const paperLines = (doc: { lines: readonly { kind: string; text?: string }[] }) =>
  doc.lines.flatMap((l) => (l.kind === 'text' && l.text ? [l.text] : []));
const printed: [string, string][] = [
  ...paperLines(ticketDocument(ticket, { centerName: 'UBND xã Tả Van', language: 'vi', reprint: true })).map((t, i): [string, string] => [
    `ticket paper line ${i}`,
    t,
  ]),
  ...paperLines(
    dossierReceiptDocument(receipt, { centerName: 'Trung tâm Phục vụ hành chính công xã Tả Van', language: 'vi', phone: '0214 3871 234' }),
  ).map((t, i): [string, string] => [`receipt paper line ${i}`, t]),
];

/** The strings (key and text) that match: an empty list is a pass, and a failure names each string. */
const offending = (strings: readonly [string, string][], bad: RegExp) => strings.filter(([, text]) => bad.test(text));

describe('Vietnamese wording conventions (screens and printed slips)', () => {
  it('reads the strings it guards', () => {
    expect(viStrings.length).toBeGreaterThan(500);
    expect(printed.some(([, t]) => t === 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ')).toBe(true);
  });

  it('calls the kiosk "kiosk", never "Ki-ốt"', () => {
    expect(offending([...viStrings, ...printed], /ki[\s-]?ốt/iu)).toEqual([]);
    expect(viStrings.some(([, t]) => /\bkiosk\b/iu.test(t))).toBe(true);
  });

  it('names the receipt by its official title or "giấy hẹn trả kết quả", nothing else', () => {
    expect(offending([...viStrings, ...printed], /biên nhận|phiếu hẹn|phiếu tiếp nhận/iu)).toEqual([]);
    expect(offending([...viStrings, ...printed], /giấy hẹn(?! trả kết quả)/iu)).toEqual([]);
    expect(offending([...viStrings, ...printed], /giấy tiếp nhận(?! hồ sơ và hẹn trả kết quả)/iu)).toEqual([]);
    expect(viStrings).toContainEqual(['dossiers.receipt.title', 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả']);
  });

  it('puts the tone mark as "Xóa", "khóa", "hòa" do, one style everywhere', () => {
    // The old style marks the first vowel of an open "oa", "oe", "uy" (xoá, khoá, thuỷ); "quý" is not one of them.
    expect(offending([...viStrings, ...printed], /(?<![qQ])[oOuU][àáảãạèéẻẽẹỳýỷỹỵ](?![^\W\d_])/u)).toEqual([]);
    expect(viStrings.some(([, t]) => t.includes('Xóa'))).toBe(true);
  });

  it('has no English date placeholders and writes dates in words for citizens', () => {
    expect(offending([...viStrings, ...printed], /\b(dd|mm|yy|yyyy)\s*[/.-]\s*(mm|yy|yyyy)\b|\byyyy\b/iu)).toEqual([]);
    // "06/12/2026" or "ngày 1/7": a date; "(1/2)" papers is a count.
    expect(offending([...citizenStrings, ...printed], /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|ngày \d{1,2}\/\d{1,2}/u)).toEqual([]);
    const appointment = printed.findIndex(([, t]) => t.startsWith('Ngày hẹn trả kết quả'));
    expect(printed[appointment + 1]?.[1]).toBe('ngày 9 tháng 12 năm 2026');
    expect(printed.map(([, t]) => t)).toContain('09:05, ngày 6 tháng 12 năm 2026');
  });

  it('marks required fields one way: "(bắt buộc)", never an asterisk', () => {
    expect(viStrings).toContainEqual(['common.field.required', '(bắt buộc)']);
    expect(offending(viStrings, /\*/u)).toEqual([]);
    // Said in words elsewhere only as that marker or its opposite.
    expect(offending(viStrings, /(?<!\(|\(không |“\()bắt buộc/iu)).toEqual([]);
  });

  it('asks for a choice with "Vui lòng chọn", not a bare "Chọn …"', () => {
    const prompts = citizenStrings.filter(([key]) => !key.endsWith('.title') && !key.endsWith('.toneGroup'));
    expect(offending(prompts, /^(hãy\s+)?chọn\s/iu)).toEqual([]);
    for (const key of ['common.home.lead', 'common.language.lead', 'tickets.services.lead', 'catalog.search.lead']) {
      expect(viStrings.find(([k]) => k === key)?.[1], key).toMatch(/^Vui lòng chọn /u);
    }
  });

  it('explains Telex in plain words where it is switched on', () => {
    const telex = viStrings.find(([k]) => k === 'common.keyboard.telexHint')?.[1] ?? '';
    expect(telex).toMatch(/gõ thêm chữ để có dấu/u);
  });
});
