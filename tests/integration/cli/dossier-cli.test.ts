import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CenterServer, startCenterServer } from '../../support/center-server';
import { seedCatalogDraft } from '../../support/dossier-fixtures';
import { kioskInProcess } from '../../support/kiosk-cli';
import { tempDir } from '../../support/test-kiosk';

const dir = tempDir('kiosk-cli-');
let server: CenterServer;

/** The CLI's commands in this process (its entry, runCli), beside the reference server they talk to. */
const kiosk = kioskInProcess(dir.path);

beforeAll(async () => {
  server = await startCenterServer({ token: 'cli-token' });
});
afterAll(async () => {
  await server.close();
  dir.remove();
});

describe('kiosk outbox and sync commands', () => {
  it('outbox status --json prints the four counts', async () => {
    const r = await kiosk('outbox', 'status', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ pending: 0, sending: 0, sent: 0, failed: 0 });
  });

  it('dossier submit refuses a file that is not JSON and stores nothing', async () => {
    const file = join(dir.path, 'broken.json');
    writeFileSync(file, '{ "procedureCode": ');
    const r = await kiosk('dossier', 'submit', file, '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('broken.json: not valid JSON');
    expect(r.stdout).toBe('');
    expect(JSON.parse((await kiosk('outbox', 'status', '--json')).stdout).pending).toBe(0);
  });

  it('dossier submit refuses a draft of the wrong shape listing the paths', async () => {
    const file = join(dir.path, 'shape.json');
    writeFileSync(file, JSON.stringify({ procedureCode: 'x', language: 'vi' }));
    const r = await kiosk('dossier', 'submit', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/procedureCode: .*applicant: /s);
  });

  it('dossier submit stores a valid draft and prints its code; sync delivers it; a bad one lists the fields', async () => {
    const file = join(dir.path, 'birth.json');
    writeFileSync(file, JSON.stringify(seedCatalogDraft()));
    const r = await kiosk('dossier', 'submit', file, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual({ code: expect.stringMatching(/^[2-9A-HJ-NP-Z]{13}$/), status: 'queued' });
    expect(JSON.parse((await kiosk('outbox', 'status', '--json')).stdout)).toEqual({ pending: 1, sending: 0, sent: 0, failed: 0 });

    const bad = seedCatalogDraft();
    writeFileSync(
      file,
      JSON.stringify({ ...bad, applicant: { ...bad.applicant, citizenId: '0141950012' }, form: { ...bad.form, childName: '' } }),
    );
    const refused = await kiosk('dossier', 'submit', file, '--json');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('applicant.citizenId: must be the 12 digits of the citizen ID card');
    expect(refused.stderr).toContain('form.childName: is required');
    expect(JSON.parse((await kiosk('outbox', 'status', '--json')).stdout).pending).toBe(1);

    const synced = await kiosk('sync', '--server', server.url, '--token', 'cli-token', '--until-empty', '--timeout-s', '20', '--json');
    expect(synced.code).toBe(0);
    expect(JSON.parse(synced.stdout)).toMatchObject({ pending: 0, sent: 1, sentNow: 1 });
    expect(server.store.allDossiers().map((d) => d.code)).toEqual([out.code]);
    const status = await kiosk('dossier', 'status', out.code, '--json');
    expect(JSON.parse(status.stdout)).toMatchObject({ code: out.code, local: { state: 'sent' } });
  });

  it('outbox retry needs a code or --all-failed and says when nothing failed', async () => {
    expect((await kiosk('outbox', 'retry')).stderr).toContain('give a dossier code or --all-failed');
    expect((await kiosk('outbox', 'retry', '--all-failed', '--json')).stdout.trim()).toBe('{"retried":0}');
    const r = await kiosk('outbox', 'retry', 'ABCD');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no failed item ABCD');
  });

  it('sync without a server says how to give one; checks its flags; with nothing pending sends nothing', async () => {
    const none = await kiosk('sync');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no center server: pass --server URL or set server.url');
    const r = await kiosk('sync', '--server', server.url, '--token', 'cli-token', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ pending: 0, sending: 0, failed: 0, sentNow: 0 });
    expect((await kiosk('sync', '--server', 'not a url')).stderr).toContain('--server: not a URL');
    expect((await kiosk('sync', '--server', server.url, '--timeout-s', '0')).stderr).toContain('--timeout-s must be');
  });
});
