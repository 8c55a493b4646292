import { generateKeyPairSync, type KeyObject, sign, X509Certificate } from 'node:crypto';
import { systemClock } from '../../../src-main/api/center-clock';
import { tlv } from '../../../src-main/hardware/idreader/emrtd/tlv';
import { bitString, bool, explicit, integer, name, octets, oid, seq, utcTime } from './der-writer';

/**
 * A country signing CA and a document signer made for a test card: the CSCA on ECDSA P-256,
 * the document signer on RSA 2048, so passive authentication is tested on both kinds of key.
 */
export interface TestPki {
  readonly csca: X509Certificate;
  readonly cscaDer: Buffer;
  readonly documentSigner: X509Certificate;
  readonly documentSignerDer: Buffer;
  readonly documentSignerKey: KeyObject;
}

const ECDSA_SHA256 = '1.2.840.10045.4.3.2';
const YEAR_MS = 365 * 86_400_000;

function certificate(options: {
  serial: number;
  issuer: Buffer;
  subject: Buffer;
  publicKey: KeyObject;
  signingKey: KeyObject;
  ca: boolean;
  now: Date;
}): Buffer {
  // BIT STRING with its unused-bits count: keyCertSign + cRLSign for the CA, digitalSignature for the signer.
  const keyUsage = tlv(0x03, Buffer.from(options.ca ? [0x01, 0x06] : [0x07, 0x80]));
  const extensions = explicit(
    3,
    seq(
      seq(oid('2.5.29.19'), bool(true), octets(seq(...(options.ca ? [bool(true)] : [])))),
      seq(oid('2.5.29.15'), bool(true), octets(keyUsage)),
    ),
  );
  const tbs = seq(
    explicit(0, integer(2)),
    integer(options.serial),
    seq(oid(ECDSA_SHA256)),
    options.issuer,
    seq(utcTime(new Date(options.now.getTime() - YEAR_MS)), utcTime(new Date(options.now.getTime() + 10 * YEAR_MS))),
    options.subject,
    options.publicKey.export({ type: 'spki', format: 'der' }),
    extensions,
  );
  return seq(tbs, seq(oid(ECDSA_SHA256)), bitString(sign('sha256', tbs, options.signingKey)));
}

export function makeTestPki(label = 'Test', now = systemClock.now()): TestPki {
  const cscaKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const dsKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const cscaName = name('VN', `${label} CSCA`);
  const cscaDer = certificate({
    serial: 1,
    issuer: cscaName,
    subject: cscaName,
    publicKey: cscaKeys.publicKey,
    signingKey: cscaKeys.privateKey,
    ca: true,
    now,
  });
  const documentSignerDer = certificate({
    serial: 2,
    issuer: cscaName,
    subject: name('VN', `${label} Document Signer`),
    publicKey: dsKeys.publicKey,
    signingKey: cscaKeys.privateKey,
    ca: false,
    now,
  });
  return {
    csca: new X509Certificate(cscaDer),
    cscaDer,
    documentSigner: new X509Certificate(documentSignerDer),
    documentSignerDer,
    documentSignerKey: dsKeys.privateKey,
  };
}
