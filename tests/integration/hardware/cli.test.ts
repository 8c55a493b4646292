import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierCheckChar } from '../../../src-main/api/codes';
import { buildProgram } from '../../../src-main/cli/program';
import { KIOSK } from '../../support/kiosk-cli';
import { tempDir } from '../../support/test-kiosk';

const CHECK = dossierCheckChar('23456789ABCD');
let dir: { path: string; remove(): void };
beforeAll(() => {
  dir = tempDir('kiosk-cli-hw-');
});
afterAll(() => dir.remove());

async function cli(...args: string[]): Promise<string> {
  let out = '';
  const { program, ctx } = buildProgram({
    stdout: (t) => {
      out += t;
    },
  });
  try {
    await program.parseAsync(['--data-dir', dir.path, ...args], { from: 'user' });
  } finally {
    await ctx.close();
  }
  return out;
}

describe('npx kiosk scan classify', () => {
  it('prints the citizen ID card fields as the issue specifies', () => {
    const r = spawnSync(
      process.execPath,
      [KIOSK, 'scan', 'classify', '001099012345|123456789|Nguyễn Văn An|31121990|Nam|Số 1, Hà Nội|01012021', '--json'],
      {
        encoding: 'utf8',
        env: { ...process.env, KIOSK_DATA_DIR: dir.path },
      },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      '{"kind":"cccd","idNumber":"001099012345","oldIdNumber":"123456789","fullName":"Nguyễn Văn An","dateOfBirth":"1990-12-31","sex":"male","address":"Số 1, Hà Nội","issueDate":"2021-01-01"}\n',
    );
  });

  it.each([
    ['1.001193', '{"kind":"procedure","code":"1.001193"}'],
    [`2345-6789-abcd-${CHECK.toLowerCase()}`, `{"kind":"dossier","code":"23456789ABCD${CHECK}"}`],
    ['hello', '{"kind":"unknown","reason":"not a procedure, dossier or citizen ID code","read":true}'],
  ])('%s', async (payload, json) => {
    expect(await cli('scan', 'classify', payload, '--json')).toBe(`${json}\n`);
  });
});

describe('npx kiosk devices list / printer test (emulators by default)', () => {
  it('lists the configured devices with their health', async () => {
    const listing = JSON.parse(await cli('devices', 'list', '--json'));
    expect(
      listing.devices.map((d: { kind: string; interface: string; health: { state: string } }) => [d.kind, d.interface, d.health.state]),
    ).toEqual([
      ['printer', 'emulator', 'ready'],
      ['scanner', 'emulator', 'ready'],
      ['idReader', 'emulator', 'ready'],
    ]);
    expect(Array.isArray(listing.ports)).toBe(true);
  });

  it('prints a test page and writes what the emulator printed as PNG', () => {
    const out = join(dir.path, 'test-page.png');
    const r = spawnSync(process.execPath, [KIOSK, '--data-dir', dir.path, 'printer', 'test', '--out', out], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Test page printed.');
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out).subarray(1, 4).toString()).toBe('PNG');
  });
});
