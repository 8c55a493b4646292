import { describe, expect, it } from 'vitest';
import { integer, seq, utf8 } from '../../../hardware/emulators/chip/der-writer';
import { makeDg13, makeTestCard, SAMPLE_HOLDER, td1 } from '../../../hardware/emulators/chip/test-card';
import { makeTestPki } from '../../../hardware/emulators/chip/test-pki';
import { parseDg13 } from '../../../src-main/hardware/idreader/cccd/dg13';
import { parseCom } from '../../../src-main/hardware/idreader/emrtd/com';
import { parseDg1, parseTd1 } from '../../../src-main/hardware/idreader/emrtd/dg1';
import { faceImage } from '../../../src-main/hardware/idreader/emrtd/dg2';
import { passiveAuthentication } from '../../../src-main/hardware/idreader/emrtd/passive-auth';
import { EF } from '../../../src-main/hardware/idreader/emrtd/read-file';
import { parseSod } from '../../../src-main/hardware/idreader/emrtd/sod';
import { tlv } from '../../../src-main/hardware/idreader/emrtd/tlv';

const badData = expect.objectContaining({ code: 'bad-data' });
const pki = makeTestPki('Unit');
const card = makeTestCard(pki);
const file = (fid: number) => card.files.get(fid) ?? Buffer.alloc(0);
const dg13With = (...entries: Buffer[]) => tlv(0x6d, seq(...entries));
const field = (n: number, text: string) => seq(integer(n), utf8(text));
const required = [
  field(1, '001190012345'),
  field(2, 'Lò Văn Páo'),
  field(3, '01/02/1980'),
  field(4, 'Nam'),
  field(5, 'Việt Nam'),
  field(9, 'Bản Phiêng, Xã Chiềng Khoong, Sơn La'),
  field(11, '10/04/2021'),
];

describe('DG13 of the CCCD', () => {
  it('decodes every field of the layout in docs/hardware.md', () => {
    expect(parseDg13(makeDg13(SAMPLE_HOLDER))).toEqual(SAMPLE_HOLDER);
  });

  it('reads "Không thời hạn" as a card without expiry and leaves absent optional fields empty', () => {
    const dg13 = parseDg13(dg13With(...required, field(12, 'Không thời hạn')));
    expect(dg13).toMatchObject({ fullName: 'Lò Văn Páo', sex: 'male', expiryDate: '', religion: '', fatherName: '', oldIdNumber: '' });
  });

  it('normalises decomposed Vietnamese to NFC and collapses spaces', () => {
    const decomposed = 'Nguyễn  Văn   An'.normalize('NFD');
    expect(parseDg13(dg13With(...required.slice(0, 1), field(2, decomposed), ...required.slice(2))).fullName).toBe('Nguyễn Văn An');
  });

  it('ignores field numbers it does not know (later cards add some)', () => {
    expect(parseDg13(dg13With(...required, field(20, 'x'))).idNumber).toBe('001190012345');
  });

  it('rejects a missing required field, a date that does not exist, a bad sex, a repeated field, and bytes that are not UTF-8', () => {
    expect(() => parseDg13(dg13With(...required.slice(1)))).toThrow(badData);
    expect(() => parseDg13(dg13With(...required.slice(0, 2), field(3, '30/02/1980'), ...required.slice(3)))).toThrow(badData);
    expect(() => parseDg13(dg13With(...required.slice(0, 3), field(4, 'X'), ...required.slice(4)))).toThrow(badData);
    expect(() => parseDg13(dg13With(...required, field(2, 'Again')))).toThrow(badData);
    const latin1 = seq(integer(7), tlv(0x0c, Buffer.from([0xc0, 0x80])));
    expect(() => parseDg13(dg13With(...required, latin1))).toThrow(badData);
    expect(() => parseDg13(Buffer.from([0x6d, 0x20, 0x30]))).toThrow(badData);
  });
});

describe('DG1, EF.COM and DG2', () => {
  it('reads the TD1 MRZ of the test card', () => {
    expect(parseDg1(file(EF.DG1))).toMatchObject({ documentNumber: '190012345', dateOfExpiry: '300714', primaryIdentifier: 'NGUYEN' });
  });

  it('accepts a typed MRZ with line breaks and spaces, and names what is wrong with a bad one', () => {
    const typed = td1(SAMPLE_HOLDER).replace(/\n/g, '\n  ');
    expect(parseTd1(typed).ok).toBe(true);
    expect(parseTd1(typed.replace('190012345', '190012346'))).toEqual({ ok: false, problem: 'check-digit' });
    expect(parseTd1('IDVNM')).toEqual({ ok: false, problem: 'length' });
  });

  it('lists the data groups of EF.COM and finds the JPEG in DG2', () => {
    expect(parseCom(file(EF.COM)).dataGroups).toEqual([1, 2, 13]);
    expect(faceImage(file(EF.DG2)).mime).toBe('image/jpeg');
  });
});

describe('EF.SOD and passive authentication', () => {
  const groups = new Map([
    [1, file(EF.DG1)],
    [13, file(EF.DG13)],
  ]);

  it('passes for the signed card with its CSCA trusted', () => {
    expect(passiveAuthentication(parseSod(file(EF.SOD)), groups, [pki.csca])).toMatchObject({ ok: true, verifiedGroups: [1, 13] });
  });

  it('fails the signature when one byte of the signature changes', () => {
    const sod = Buffer.from(file(EF.SOD));
    sod[sod.length - 5] = (sod[sod.length - 5] ?? 0) ^ 0x01;
    expect(passiveAuthentication(parseSod(sod), groups, [pki.csca]).failures).toEqual(['sod-signature']);
  });

  it('says when no CSCA is installed', () => {
    expect(passiveAuthentication(parseSod(file(EF.SOD)), groups, []).failures).toEqual(['no-trust-list']);
  });

  it('rejects a truncated EF.SOD as bad data', () => {
    expect(() => parseSod(file(EF.SOD).subarray(0, 200))).toThrow(badData);
  });
});
