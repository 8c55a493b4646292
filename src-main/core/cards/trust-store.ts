import { X509Certificate } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../api/errors';

/**
 * The CSCA certificates the kiosk trusts for passive authentication, one DER file each in
 * `<data dir>/csca/<sha256 fingerprint>.der`. Installed by a technician (`kiosk cards trust add`);
 * public certificates, no personal data.
 */
export interface TrustedCsca {
  readonly subject: string;
  readonly fingerprint: string;
  /** ISO 8601. */
  readonly validTo: string;
}

const MAX_FILE = 2 * 1024 * 1024;
const PEM = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;

function describe(cert: X509Certificate): TrustedCsca {
  return {
    subject: cert.subject.replace(/\n/g, ', '),
    fingerprint: cert.fingerprint256.replace(/:/g, '').toLowerCase(),
    validTo: cert.validTo,
  };
}

/** DER or PEM (one or many certificates) to certificates; a typed error for anything else. */
export function parseCertificates(bytes: Buffer): X509Certificate[] {
  if (bytes.length === 0 || bytes.length > MAX_FILE) throw new ApiError('bad-request', 'the file is empty or larger than 2 MB');
  const text = bytes.toString('latin1');
  const ders = text.includes('-----BEGIN CERTIFICATE-----')
    ? [...text.matchAll(PEM)].map((m) => Buffer.from((m[1] ?? '').replace(/\s/g, ''), 'base64'))
    : [bytes];
  const out: X509Certificate[] = [];
  for (const der of ders) {
    let cert: X509Certificate;
    try {
      cert = new X509Certificate(der);
    } catch {
      throw new ApiError('bad-request', 'the file holds something that is not an X.509 certificate');
    }
    if (!cert.ca) throw new ApiError('bad-request', `not a CA certificate: ${describe(cert).subject}`);
    out.push(cert);
  }
  if (out.length === 0) throw new ApiError('bad-request', 'no certificate in the file');
  return out;
}

export class TrustStore {
  private readonly dir: string;
  constructor(dataDir: string) {
    this.dir = join(dataDir, 'csca');
  }

  certificates(): X509Certificate[] {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => n.endsWith('.der'));
    } catch {
      return [];
    }
    const out: X509Certificate[] = [];
    for (const name of names.sort()) {
      try {
        out.push(new X509Certificate(readFileSync(join(this.dir, name))));
      } catch {
        // a damaged file is skipped; `list` shows what is trusted
      }
    }
    return out;
  }

  list(): TrustedCsca[] {
    return this.certificates().map(describe);
  }

  /** Adds every certificate in the file; returns those added (already present ones are not). */
  add(bytes: Buffer): TrustedCsca[] {
    const certs = parseCertificates(bytes);
    mkdirSync(this.dir, { recursive: true });
    const known = new Set(this.list().map((c) => c.fingerprint));
    const added: TrustedCsca[] = [];
    for (const cert of certs) {
      const d = describe(cert);
      if (known.has(d.fingerprint)) continue;
      writeFileSync(join(this.dir, `${d.fingerprint}.der`), cert.raw, { mode: 0o644 });
      known.add(d.fingerprint);
      added.push(d);
    }
    return added;
  }
}
