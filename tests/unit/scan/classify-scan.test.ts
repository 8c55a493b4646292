import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClassifiedScan } from '../../../src-main/api/channels/scan';
import { DOSSIER_ALPHABET, DOSSIER_DATA_LENGTH, dossierCheckChar, procedureLink } from '../../../src-main/api/codes';
import { classifyScan, classifyScanBytes, MAX_SCAN_CHARS } from '../../../src-main/core/scan/classify-scan';

const RUNS = { numRuns: 10_000 };

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const dossierData = fc
  .array(fc.constantFrom(...DOSSIER_ALPHABET.split('')), { minLength: DOSSIER_DATA_LENGTH, maxLength: DOSSIER_DATA_LENGTH })
  .map((c) => c.join(''));
const dossierCode = dossierData.map((d) => d + dossierCheckChar(d));
const procedureCode = fc.tuple(fc.integer({ min: 0, max: 9 }), digits(6)).map(([a, b]) => `${a}.${b}`);

/** A calendar date that exists, 1920–2024. */
const realDate = fc.date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true });
const iso = (d: Date) => d.toISOString().slice(0, 10);
const ddmmyyyy = (d: Date) => `${iso(d).slice(8, 10)}${iso(d).slice(5, 7)}${iso(d).slice(0, 4)}`;

const SYLLABLES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Võ',
  'Đặng',
  'Bùi',
  'Văn',
  'Thị',
  'Ngọc',
  'Ánh',
  'Tuấn',
  'Hương',
  'Đức',
  'Ỷ',
  'Sùng',
  'Giàng',
  "H'Hen",
];
const name = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 5 }).map((p) => p.join(' '));
const address = fc
  .tuple(
    fc.integer({ min: 1, max: 999 }),
    fc.constantFrom('Thôn Bản Phố', 'Xã Lũng Cú', 'Phường Bến Nghé', 'Tổ 5, Thị trấn Mèo Vạc'),
    fc.constantFrom('Hà Giang', 'TP. Hồ Chí Minh', 'Điện Biên'),
  )
  .map(([n, a, p]) => `Số ${n}, ${a}, ${p}`);

const cccdRecord = fc
  .record({
    idNumber: digits(12),
    oldIdNumber: fc.oneof(fc.constant(''), digits(9)),
    fullName: name,
    birth: realDate,
    sex: fc.constantFrom('male', 'female') as fc.Arbitrary<'male' | 'female'>,
    address,
    issueAfterDays: fc.integer({ min: 0, max: 20_000 }),
    extra: fc.array(
      fc.string({ maxLength: 20 }).filter((s) => !s.includes('|')),
      { maxLength: 3 },
    ),
  })
  .map((r) => ({ ...r, issue: new Date(r.birth.getTime() + r.issueAfterDays * 86_400_000) }));

function toFields(r: {
  idNumber: string;
  oldIdNumber: string;
  fullName: string;
  birth: Date;
  sex: 'male' | 'female';
  address: string;
  issue: Date;
  extra: string[];
}) {
  return [
    r.idNumber,
    r.oldIdNumber,
    r.fullName,
    ddmmyyyy(r.birth),
    r.sex === 'male' ? 'Nam' : 'Nữ',
    r.address,
    ddmmyyyy(r.issue),
    ...r.extra,
  ];
}

// 10,000 cases a property: allow for a loaded CI machine.
describe('classifyScan', { timeout: 60_000 }, () => {
  it('never throws and always answers inside the contract, whatever the text (10,000 cases)', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 12 }).map((parts) => parts.join('|')),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const result = classifyScan(text);
        expect(ClassifiedScan.safeParse(result).success).toBe(true);
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary bytes, valid UTF-8 or not (10,000 cases)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = classifyScanBytes(bytes);
        expect(ClassifiedScan.safeParse(result).success).toBe(true);
      }),
      RUNS,
    );
  });

  it('reads back every field of a well-formed citizen ID QR, extra trailing fields tolerated (10,000 cases)', () => {
    fc.assert(
      fc.property(cccdRecord, (r) => {
        const result = classifyScan(toFields(r).join('|'));
        expect(result).toEqual({
          kind: 'cccd',
          idNumber: r.idNumber,
          oldIdNumber: r.oldIdNumber,
          fullName: r.fullName,
          dateOfBirth: iso(r.birth),
          sex: r.sex,
          address: r.address,
          issueDate: iso(r.issue),
        });
      }),
      RUNS,
    );
  });

  it('refuses a citizen ID QR with too few fields, a bad ID number or an impossible date (10,000 cases)', () => {
    const broken = fc.tuple(cccdRecord, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 6 })).map(([r, how, cut]) => {
      const f = toFields({ ...r, extra: [] });
      if (how === 0) return f.slice(0, cut).join('|');
      if (how === 1) return [f[0]?.slice(1), ...f.slice(1)].join('|');
      if (how === 2) return [...f.slice(0, 3), `${f[3]?.slice(0, 2)}13${f[3]?.slice(4)}`, ...f.slice(4)].join('|');
      if (how === 3) return [...f.slice(0, 3), '30022001', ...f.slice(4)].join('|');
      return [...f.slice(0, 4), 'Khác', ...f.slice(5)].join('|');
    });
    fc.assert(
      fc.property(broken, (text) => {
        expect(classifyScan(text).kind).toBe('unknown');
      }),
      RUNS,
    );
  });

  it('recognises procedure codes bare and inside portal links (10,000 cases)', () => {
    fc.assert(
      fc.property(procedureCode, fc.boolean(), (code, asLink) => {
        expect(classifyScan(asLink ? procedureLink(code) : code)).toEqual({ kind: 'procedure', code });
      }),
      RUNS,
    );
  });

  it('recognises dossier codes in any case and grouping, and refuses one mistyped character (10,000 cases)', () => {
    fc.assert(
      fc.property(
        dossierCode,
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.boolean(),
        (code, at, shift, grouped) => {
          const shown = grouped ? `${code.slice(0, 4)}-${code.slice(4, 8)} ${code.slice(8)}`.toLowerCase() : code;
          expect(classifyScan(shown)).toEqual({ kind: 'dossier', code });
          const i = DOSSIER_ALPHABET.indexOf(code[at] as string);
          const wrong = code.slice(0, at) + DOSSIER_ALPHABET[(i + shift) % DOSSIER_ALPHABET.length] + code.slice(at + 1);
          expect(classifyScan(wrong).kind).toBe('unknown');
        },
      ),
      RUNS,
    );
  });

  it('refuses any valid code with a control or invisible character inside (10,000 cases)', () => {
    const hidden = fc.constantFrom('\u0000', '\u0007', '\u001b', '\t', '\u007f', '\u0085', '\u200b', '\u202e', '\u2066', '\ud800');
    fc.assert(
      fc.property(
        fc.oneof(
          procedureCode,
          dossierCode,
          cccdRecord.map((r) => toFields(r).join('|')),
        ),
        hidden,
        fc.nat(),
        (code, ch, pos) => {
          const at = 1 + (pos % Math.max(1, code.length - 1));
          expect(classifyScan(code.slice(0, at) + ch + code.slice(at)).kind).toBe('unknown');
        },
      ),
      RUNS,
    );
  });

  it('answers a 10 MB payload at once with unknown, not by reading it', () => {
    const huge = `012345678901|||${'A'.repeat(10 * 1024 * 1024)}`;
    const started = performance.now();
    expect(classifyScan(huge)).toEqual({ kind: 'unknown', reason: expect.stringContaining('too long') });
    expect(classifyScanBytes(new Uint8Array(10 * 1024 * 1024)).kind).toBe('unknown');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(classifyScan('x'.repeat(MAX_SCAN_CHARS + 1)).kind).toBe('unknown');
  });

  it('gives readable reasons for the common mistakes', () => {
    expect(classifyScan('001099012345|||')).toEqual({ kind: 'unknown', reason: 'citizen ID QR: expected 7 fields, got 4', read: true });
    expect(classifyScan('001099012345||Nguyễn Văn A|31022000|Nam|Hà Nội|01012021')).toEqual({
      kind: 'unknown',
      reason: 'citizen ID QR: date of birth is not a real ddmmyyyy date',
      read: true,
    });
    expect(classifyScan(new Uint8Array([0xc3, 0x28]) as unknown as string)).toEqual({ kind: 'unknown', reason: 'not text' });
    expect(classifyScanBytes(new Uint8Array([0xc3, 0x28]))).toEqual({ kind: 'unknown', reason: 'invalid UTF-8' });
    expect(classifyScan('Ch\uFFFDng')).toEqual({ kind: 'unknown', reason: 'invalid UTF-8' });
    expect(classifyScan('   ')).toEqual({ kind: 'unknown', reason: 'empty' });
    expect(classifyScan('https://example.com/')).toEqual({
      kind: 'unknown',
      reason: 'not a procedure, dossier or citizen ID code',
      read: true,
    });
  });

  it('reads a real-looking card with NFD text, a BOM and a CRLF from the scanner', () => {
    const payload = `\uFEFF079203001234|271234567|${'Nguyễn Thị Nữ'.normalize('NFD')}|05071992|${'Nữ'.normalize('NFD')}|Thôn 3, Xã Ea Tu, TP. Buôn Ma Thuột, Đắk Lắk|15082021|extra|\r\n`;
    expect(classifyScan(payload)).toEqual({
      kind: 'cccd',
      idNumber: '079203001234',
      oldIdNumber: '271234567',
      fullName: 'Nguyễn Thị Nữ',
      dateOfBirth: '1992-07-05',
      sex: 'female',
      address: 'Thôn 3, Xã Ea Tu, TP. Buôn Ma Thuột, Đắk Lắk',
      issueDate: '2021-08-15',
    });
  });
});
