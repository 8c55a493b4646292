import { X509Certificate } from 'node:crypto';
import { ChipError } from './chip-error';
import { children, derError, expectTag, oidOf, parseDer } from './der';
import { HASH_OIDS, OID } from './oids';
import type { Tlv } from './tlv';

/**
 * EF.SOD (ICAO 9303 part 10 section 4.6.2): tag '77' around a CMS SignedData (RFC 5652) whose
 * content is the LDSSecurityObject (the hash of every data group) and whose signer is the
 * document signer, its certificate inside.
 */
export interface SecurityObject {
  /** Node's name of the hash over the data groups: sha1, sha256, … */
  readonly dataGroupHash: string;
  readonly dataGroupHashes: ReadonlyMap<number, Buffer>;
  /** The LDSSecurityObject as signed. */
  readonly content: Buffer;
  readonly signer: SignerInfo;
  readonly documentSigner: X509Certificate;
}

export interface SignerInfo {
  readonly digestAlgorithm: string;
  readonly signatureAlgorithm: string;
  /** RSASSA-PSS parameters' hash, when the signature is PSS. */
  readonly pssHash?: string;
  /** The signed attributes as signed: re-tagged as a SET OF (RFC 5652 section 5.4). */
  readonly signedAttributes: Buffer;
  readonly messageDigest: Buffer;
  readonly signature: Buffer;
}

function hashName(node: Tlv | undefined, what: string): string {
  const algorithm = children(expectTag(node, 0x30, what), what);
  const oid = oidOf(algorithm[0], what);
  const name = HASH_OIDS[oid];
  if (!name) throw new ChipError('unsupported-card', `EF.SOD uses an unknown hash (${oid})`);
  return name;
}

function parseSignerInfo(node: Tlv): SignerInfo {
  const [, , digestAlgorithm, signedAttrs, signatureAlgorithm, signature] = children(node, 'SignerInfo');
  const attributes = expectTag(signedAttrs, 0xa0, 'signed attributes');
  let messageDigest: Buffer | undefined;
  for (const attribute of children(attributes, 'signed attributes')) {
    const [type, values] = children(attribute, 'attribute');
    if (oidOf(type, 'attribute type') === OID.messageDigest) {
      messageDigest = expectTag(children(expectTag(values, 0x31, 'attribute values'), 'attribute values')[0], 0x04, 'message digest').value;
    }
  }
  if (!messageDigest) throw derError('the signer has no message digest');
  const algorithm = children(expectTag(signatureAlgorithm, 0x30, 'signature algorithm'), 'signature algorithm');
  const signatureOid = oidOf(algorithm[0], 'signature algorithm');
  let pssHash: string | undefined;
  if (signatureOid === OID.rsassaPss) {
    // RSASSA-PSS-params: [0] hashAlgorithm (default SHA-1), … (RFC 4055).
    const params = algorithm[1] ? children(algorithm[1], 'PSS parameters') : [];
    const hash = params.find((p) => p.tag === 0xa0);
    pssHash = hash ? hashName(children(hash, 'PSS hash')[0], 'PSS hash') : 'sha1';
  }
  return {
    digestAlgorithm: hashName(digestAlgorithm, 'digest algorithm'),
    signatureAlgorithm: signatureOid,
    ...(pssHash ? { pssHash } : {}),
    signedAttributes: Buffer.concat([Buffer.from([0x31]), attributes.raw.subarray(1)]),
    messageDigest,
    signature: expectTag(signature, 0x04, 'signature').value,
  };
}

function parseLdsSecurityObject(content: Buffer): Pick<SecurityObject, 'dataGroupHash' | 'dataGroupHashes'> {
  const [, hashAlgorithm, hashValues] = children(
    expectTag(parseDer(content, 'LDSSecurityObject'), 0x30, 'LDSSecurityObject'),
    'LDSSecurityObject',
  );
  const dataGroupHashes = new Map<number, Buffer>();
  for (const entry of children(expectTag(hashValues, 0x30, 'data group hashes'), 'data group hashes')) {
    const [number, value] = children(entry, 'data group hash');
    const n = expectTag(number, 0x02, 'data group number').value;
    if (n.length !== 1 || (n[0] ?? 0) < 1 || (n[0] ?? 0) > 16) throw derError('data group number out of range');
    dataGroupHashes.set(n[0] ?? 0, expectTag(value, 0x04, 'data group hash').value);
  }
  return { dataGroupHash: hashName(hashAlgorithm, 'hash algorithm'), dataGroupHashes };
}

export function parseSod(file: Buffer): SecurityObject {
  const outer = expectTag(parseDer(file, 'EF.SOD'), 0x77, 'EF.SOD tag 77');
  const [contentInfo] = children(outer, 'EF.SOD');
  const [contentType, explicit] = children(expectTag(contentInfo, 0x30, 'ContentInfo'), 'ContentInfo');
  if (oidOf(contentType, 'content type') !== OID.signedData) throw derError('not a SignedData');
  const signedData = children(expectTag(children(expectTag(explicit, 0xa0, 'content'), 'content')[0], 0x30, 'SignedData'), 'SignedData');
  const encapsulated = children(expectTag(signedData[2], 0x30, 'encapsulated content'), 'encapsulated content');
  if (oidOf(encapsulated[0], 'eContentType') !== OID.ldsSecurityObject) throw derError('content is not an LDSSecurityObject');
  const content = expectTag(children(expectTag(encapsulated[1], 0xa0, 'eContent'), 'eContent')[0], 0x04, 'eContent').value;
  const certificates = signedData.find((n) => n.tag === 0xa0);
  const certificate = certificates ? children(certificates, 'certificates')[0] : undefined;
  if (!certificate) throw new ChipError('bad-data', 'EF.SOD carries no document signer certificate');
  let documentSigner: X509Certificate;
  try {
    documentSigner = new X509Certificate(certificate.raw);
  } catch {
    throw derError('the document signer certificate does not parse');
  }
  const signerInfos = signedData[signedData.length - 1];
  const signer = children(expectTag(signerInfos, 0x31, 'signer infos'), 'signer infos')[0];
  if (!signer) throw derError('no signer');
  return { ...parseLdsSecurityObject(content), content, signer: parseSignerInfo(signer), documentSigner };
}
