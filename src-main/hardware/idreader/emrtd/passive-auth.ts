import { constants, createHash, verify, type X509Certificate } from 'node:crypto';
import { OID, SIGNATURE_HASH_OIDS } from './oids';
import type { SecurityObject } from './sod';

/**
 * Passive authentication (ICAO 9303 part 11 section 5.1): every data group read hashes to the
 * value in EF.SOD, EF.SOD's signature verifies with the document signer's key, and the document
 * signer certificate verifies with a CSCA certificate the kiosk trusts. Each check is reported,
 * so the screen can say which one failed and the technician can see why.
 */
export type PassiveAuthFailure =
  | 'data-group-hash' // a data group differs from what the state signed
  | 'data-group-missing' // a data group read is not listed in EF.SOD
  | 'sod-signature' // the signature over EF.SOD does not verify
  | 'untrusted-signer' // no trusted CSCA issued the document signer
  | 'no-trust-list'; // the technician has not installed any CSCA

export interface PassiveAuthResult {
  readonly ok: boolean;
  readonly failures: readonly PassiveAuthFailure[];
  /** Data groups whose hash matched. */
  readonly verifiedGroups: readonly number[];
  /** Subject of the CSCA that issued the document signer, when one did. */
  readonly csca?: string;
}

function signatureVerifies(sod: SecurityObject): boolean {
  const { signer, documentSigner } = sod;
  const key = documentSigner.publicKey;
  try {
    if (signer.signatureAlgorithm === OID.rsassaPss) {
      return verify(
        signer.pssHash ?? 'sha1',
        signer.signedAttributes,
        { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO },
        signer.signature,
      );
    }
    const hash = signer.signatureAlgorithm === OID.rsaEncryption ? signer.digestAlgorithm : SIGNATURE_HASH_OIDS[signer.signatureAlgorithm];
    if (!hash) return false;
    return verify(hash, signer.signedAttributes, key, signer.signature);
  } catch {
    return false;
  }
}

export function passiveAuthentication(
  sod: SecurityObject,
  groups: ReadonlyMap<number, Buffer>,
  trusted: readonly X509Certificate[],
): PassiveAuthResult {
  const failures = new Set<PassiveAuthFailure>();
  const verifiedGroups: number[] = [];
  for (const [number, file] of groups) {
    const expected = sod.dataGroupHashes.get(number);
    if (!expected) {
      failures.add('data-group-missing');
      continue;
    }
    const actual = createHash(sod.dataGroupHash).update(file).digest();
    if (actual.equals(expected)) verifiedGroups.push(number);
    else failures.add('data-group-hash');
  }
  const digest = createHash(sod.signer.digestAlgorithm).update(sod.content).digest();
  if (!digest.equals(sod.signer.messageDigest) || !signatureVerifies(sod)) failures.add('sod-signature');
  let csca: string | undefined;
  if (trusted.length === 0) failures.add('no-trust-list');
  else {
    const issuer = trusted.find((ca) => sod.documentSigner.checkIssued(ca) && sod.documentSigner.verify(ca.publicKey));
    if (issuer) csca = issuer.subject;
    else failures.add('untrusted-signer');
  }
  return {
    ok: failures.size === 0,
    failures: [...failures],
    verifiedGroups: verifiedGroups.sort((a, b) => a - b),
    ...(csca ? { csca } : {}),
  };
}
