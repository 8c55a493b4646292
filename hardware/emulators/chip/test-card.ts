import { createHash, sign } from 'node:crypto';
import { createCanvas } from '@napi-rs/canvas';
import type { Dg13 } from '../../../src-main/hardware/idreader/cccd/dg13';
import { checkDigit, mrzInformation } from '../../../src-main/hardware/idreader/emrtd/mrz';
import { readAll, readTlv, tlv } from '../../../src-main/hardware/idreader/emrtd/tlv';
import { explicit, integer, octets, oid, seq, set, utf8 } from './der-writer';
import type { TestPki } from './test-pki';

/**
 * The files of a test CCCD chip, laid out as docs/hardware.md describes: a TD1 DG1, a DG13 with
 * the Vietnamese fields, a small DG2 (a drawn face, JPEG inside an ISO/IEC 19794-5 record),
 * EF.COM and an EF.SOD signed by the test document signer. Also the MRZ information BAC needs.
 */
export interface TestCard {
  /** Files by file identifier. */
  readonly files: Map<number, Buffer>;
  readonly mrzInformation: string;
  readonly holder: Dg13;
  /** DG1's MRZ in three lines. */
  readonly mrz: string;
}

export const SAMPLE_HOLDER: Dg13 = {
  idNumber: '001190012345',
  fullName: 'Nguyễn Thị Hương Giang',
  dateOfBirth: '1990-07-14',
  sex: 'female',
  nationality: 'Việt Nam',
  ethnicity: 'Kinh',
  religion: 'Không',
  placeOfOrigin: 'Xã Đông Hưng, Huyện Tiên Lãng, Hải Phòng',
  placeOfResidence: 'Số 12 ngõ 34 phố Hàng Bạc, Phường Hoàn Kiếm, Hà Nội',
  personalIdentification: 'Nốt ruồi C:2cm trên trước đuôi mắt phải',
  issueDate: '2021-04-10',
  expiryDate: '2030-07-14',
  fatherName: 'Nguyễn Văn Bình',
  motherName: 'Trần Thị Mai',
  spouseName: '',
  oldIdNumber: '012345678',
};

const ddmmyyyy = (iso: string) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : 'Không thời hạn');
const yymmdd = (iso: string) => (iso ? `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}` : '<<<<<<');

/** Strips Vietnamese diacritics for the MRZ (đ has no decomposition). */
function mrzName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z ]/g, '');
}

export function td1(holder: Dg13): string {
  const documentNumber = holder.idNumber.slice(3);
  const l1 = `IDVNM${documentNumber}${checkDigit(documentNumber)}${holder.idNumber}`.padEnd(30, '<');
  const dob = yymmdd(holder.dateOfBirth);
  const expiry = yymmdd(holder.expiryDate);
  const l2start = `${dob}${checkDigit(dob)}${holder.sex === 'male' ? 'M' : 'F'}${expiry}${checkDigit(expiry)}VNM`;
  const composite = l1.slice(5, 30) + l2start.slice(0, 7) + l2start.slice(8, 15) + ''.padEnd(11, '<');
  const l2 = `${l2start}${''.padEnd(11, '<')}${checkDigit(composite)}`;
  const [family = '', ...given] = mrzName(holder.fullName).split(' ');
  const l3 = `${family}<<${given.join('<')}`.padEnd(30, '<').slice(0, 30);
  return `${l1}\n${l2}\n${l3}`;
}

export function makeDg13(holder: Dg13): Buffer {
  const field = (n: number, ...values: Buffer[]) => seq(integer(n), ...values);
  return tlv(
    0x6d,
    seq(
      field(1, utf8(holder.idNumber)),
      field(2, utf8(holder.fullName)),
      field(3, utf8(ddmmyyyy(holder.dateOfBirth))),
      field(4, utf8(holder.sex === 'male' ? 'Nam' : 'Nữ')),
      field(5, utf8(holder.nationality)),
      field(6, utf8(holder.ethnicity)),
      field(7, utf8(holder.religion)),
      field(8, utf8(holder.placeOfOrigin)),
      field(9, utf8(holder.placeOfResidence)),
      field(10, utf8(holder.personalIdentification)),
      field(11, utf8(ddmmyyyy(holder.issueDate))),
      field(12, utf8(ddmmyyyy(holder.expiryDate))),
      field(13, seq(utf8(holder.fatherName)), seq(utf8(holder.motherName))),
      field(14, utf8(holder.spouseName)),
      field(16, utf8(holder.oldIdNumber)),
    ),
  );
}

/** A small drawn face, so the screen has something to show (not a person). */
export function drawFace(): Buffer {
  const canvas = createCanvas(90, 120);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#dfe9f5';
  ctx.fillRect(0, 0, 90, 120);
  ctx.fillStyle = '#c68e6b';
  ctx.beginPath();
  ctx.ellipse(45, 52, 24, 30, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#2b2b2b';
  ctx.fillRect(33, 46, 6, 4);
  ctx.fillRect(51, 46, 6, 4);
  ctx.fillRect(38, 66, 14, 3);
  ctx.fillStyle = '#1f4e79';
  ctx.fillRect(10, 96, 70, 24);
  return canvas.encodeSync('jpeg', 80);
}

function makeDg2(image: Buffer): Buffer {
  // ISO/IEC 19794-5 facial record: header, one facial information block, image information.
  const info = Buffer.alloc(20);
  info.writeUInt32BE(20 + 12 + image.length, 0);
  const imageInfo = Buffer.from([0x01, 0x00, 0, 90, 0, 120, 0x01, 0x02, 0, 0, 0, 0]);
  const recordLength = 14 + info.length + imageInfo.length + image.length;
  const header = Buffer.concat([Buffer.from([0x46, 0x41, 0x43, 0x00, 0x30, 0x31, 0x30, 0x00]) /* 'FAC\0' '010\0' */, Buffer.alloc(6)]);
  header.writeUInt32BE(recordLength, 8);
  header.writeUInt16BE(1, 12);
  const record = Buffer.concat([header, info, imageInfo, image]);
  const bioHeader = tlv(
    0xa1,
    tlv(0x80, Buffer.from([0x01, 0x01])),
    tlv(0x87, Buffer.from([0x01, 0x01])),
    tlv(0x88, Buffer.from([0x00, 0x08])),
  );
  return tlv(0x75, tlv(0x7f61, tlv(0x02, Buffer.from([1])), tlv(0x7f60, bioHeader, tlv(0x5f2e, record))));
}

function makeSod(groups: Map<number, Buffer>, pki: TestPki): Buffer {
  const sha256 = seq(oid('2.16.840.1.101.3.4.2.1'));
  const hashes = [...groups].map(([n, file]) => seq(integer(n), octets(createHash('sha256').update(file).digest())));
  const lds = seq(integer(0), sha256, seq(...hashes));
  const attributes = [
    seq(oid('1.2.840.113549.1.9.3'), set(oid('2.23.136.1.1.1'))),
    seq(oid('1.2.840.113549.1.9.4'), set(octets(createHash('sha256').update(lds).digest()))),
  ];
  const signedAttributes = set(...attributes);
  const signature = sign('sha256', signedAttributes, pki.documentSignerKey);
  const issuerAndSerial = seq(issuerName(pki.documentSignerDer), integer(2));
  const signerInfo = seq(
    integer(1),
    issuerAndSerial,
    sha256,
    tlv(0xa0, ...attributes),
    seq(oid('1.2.840.113549.1.1.11')),
    octets(signature),
  );
  const signedData = seq(
    integer(3),
    set(sha256),
    seq(oid('2.23.136.1.1.1'), explicit(0, octets(lds))),
    tlv(0xa0, pki.documentSignerDer),
    set(signerInfo),
  );
  return tlv(0x77, seq(oid('1.2.840.113549.1.7.2'), explicit(0, signedData)));
}

/** The issuer Name of a certificate, for the SignerInfo's issuerAndSerialNumber. */
function issuerName(certificate: Buffer): Buffer {
  // Certificate → tbsCertificate → [version, serial, signature, issuer, …]
  const tbs = readAll(readTlv(certificate).value)[0];
  const issuer = tbs ? readAll(tbs.value)[3] : undefined;
  if (!issuer) throw new Error('test certificate without issuer');
  return issuer.raw;
}

export function makeTestCard(pki: TestPki, holder: Dg13 = SAMPLE_HOLDER, face: Buffer = drawFace()): TestCard {
  const mrz = td1(holder);
  const dg1 = tlv(0x61, tlv(0x5f1f, Buffer.from(mrz.replace(/\n/g, ''), 'ascii')));
  const dg2 = makeDg2(face);
  const dg13 = makeDg13(holder);
  const com = tlv(0x60, tlv(0x5f01, Buffer.from('0107')), tlv(0x5f36, Buffer.from('040000')), tlv(0x5c, Buffer.from([0x61, 0x75, 0x6d])));
  const sod = makeSod(
    new Map([
      [1, dg1],
      [2, dg2],
      [13, dg13],
    ]),
    pki,
  );
  const lines = mrz.split('\n');
  return {
    files: new Map([
      [0x011e, com],
      [0x011d, sod],
      [0x0101, dg1],
      [0x0102, dg2],
      [0x010d, dg13],
    ]),
    mrzInformation: mrzInformation({
      documentNumber: (lines[0] ?? '').slice(5, 14),
      dateOfBirth: (lines[1] ?? '').slice(0, 6),
      dateOfExpiry: (lines[1] ?? '').slice(8, 14),
    }),
    holder,
    mrz,
  };
}
