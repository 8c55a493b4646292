import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startAttackedKiosk, technicianConnection } from '../../support/attack-bridge';
import { kioskCli } from '../../support/kiosk-cli';
import { tempDir } from '../../support/test-kiosk';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** What a secret file looks like: the attacker hopes an error message will quote it. */
const SHADOW = 'root:$6$Zq8Lw1Secr3tSalt$hAsHvAlUe0123456789:19700:0:99999:7:::\n';
const FOREIGN_JSON = JSON.stringify({ apiKey: 'sk-live-TOPSECRET-42', nested: { password: 'hunter2-secret' } });

/** Every distinctive piece of both files: none may reach the caller. */
const PIECES = ['root', '$6$', 'Zq8L', 'hAsH', '19700', '99999', 'apiKey', 'sk-live', 'TOPSECRET', 'nested', 'password', 'hunter2'];

function quotesNothingOf(message: string): void {
  for (const piece of PIECES) expect(message).not.toContain(piece);
}

describe('item 8: an import error names the problem, never the content', () => {
  it('attack 08: the screen imports a non-JSON secret and a foreign JSON from the drive to read them back in the error', async () => {
    const root = tempDir('attack08-');
    cleanup.push(root.remove);
    const usb = join(root.path, 'USB');
    mkdirSync(usb);
    const t = await startAttackedKiosk({ exportTargets: () => [{ path: usb, label: 'USB' }] });
    cleanup.push(t.close);
    const tech = await technicianConnection(t);
    cleanup.push(tech.close);
    writeFileSync(join(usb, 'shadow.json'), SHADOW);
    writeFileSync(join(usb, 'keys.json'), FOREIGN_JSON);
    for (const name of ['shadow.json', 'keys.json']) {
      const reply = await tech.call('config.importFile', { path: join(usb, name) });
      expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      const message = reply.error?.message ?? '';
      expect(message).toMatch(/nothing was changed/);
      quotesNothingOf(message);
    }
  });

  it('attack 08: `kiosk config import` is given a symlink to a secret file', () => {
    const dir = tempDir('attack08-cli-');
    cleanup.push(dir.remove);
    const secretFile = join(dir.path, 'shadow');
    writeFileSync(secretFile, SHADOW, { mode: 0o600 });
    const link = join(dir.path, 'settings.json');
    symlinkSync(secretFile, link);
    const r = kioskCli(join(dir.path, 'data'))('config', 'import', link);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/config file refused/);
    quotesNothingOf(r.stderr);
    const foreign = join(dir.path, 'foreign.json');
    writeFileSync(foreign, FOREIGN_JSON);
    const f = kioskCli(join(dir.path, 'data'))('config', 'import', foreign);
    expect(f.code).toBe(1);
    quotesNothingOf(f.stderr);
  });
});
