import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTestPki } from '../../../hardware/emulators/chip/test-pki';
import { TrustStore } from '../../../src-main/core/cards/trust-store';
import { kioskInProcess } from '../../support/kiosk-cli';

describe('kiosk cards trust', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-cards-cli-'));
  // The commands through the CLI's entry (runCli) in this process: what they do with real files.
  const kiosk = kioskInProcess(join(dir, 'data'));
  const a = makeTestPki('State A');
  const b = makeTestPki('State B');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds a DER CSCA, then a PEM bundle, lists them, and does not add one twice', async () => {
    writeFileSync(join(dir, 'a.der'), a.cscaDer);
    const pem = [a, b].map((p) => p.csca.toString()).join('\n');
    writeFileSync(join(dir, 'bundle.pem'), pem);

    const first = await kiosk('cards', 'trust', 'add', join(dir, 'a.der'));
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('State A CSCA');
    const second = await kiosk('cards', 'trust', 'add', join(dir, 'bundle.pem'));
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('State B CSCA');
    expect(second.stdout).not.toContain('State A CSCA');

    const list = await kiosk('cards', 'trust', 'list');
    expect(list.stdout).toContain('State A CSCA');
    expect(list.stdout).toContain('State B CSCA');
    expect(
      new TrustStore(join(dir, 'data'))
        .certificates()
        .map((c) => c.subject)
        .sort(),
    ).toEqual(['C=VN\nCN=State A CSCA', 'C=VN\nCN=State B CSCA']);
  });

  it('refuses a file that is not a CA certificate, and keeps what was installed', async () => {
    writeFileSync(join(dir, 'junk.der'), Buffer.from('not a certificate'));
    writeFileSync(join(dir, 'signer.der'), a.documentSignerDer);
    const junk = await kiosk('cards', 'trust', 'add', join(dir, 'junk.der'));
    expect(junk.code).not.toBe(0);
    expect(junk.stderr).toContain('not an X.509 certificate');
    const signer = await kiosk('cards', 'trust', 'add', join(dir, 'signer.der'));
    expect(signer.code).not.toBe(0);
    expect(signer.stderr).toContain('not a CA certificate');
    expect((await kiosk('cards', 'trust', 'add', join(dir, 'missing.der'))).stderr).toContain('ENOENT');
    expect(new TrustStore(join(dir, 'data')).list()).toHaveLength(2);
  });
});
