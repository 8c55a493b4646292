import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
// electron-builder's own configuration loader, from the pinned electron-builder.
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../../src-main/cli/program';
import { BUILT_CLI_ENV } from '../../support/kiosk-cli';
import { tempDir } from '../../support/test-kiosk';

/**
 * The technician CLI as a packaged kiosk carries it: the Node side is built to JavaScript
 * (vite.main.config.ts, as `npm run dist` builds it), then installed into a temporary prefix laid
 * out as electron-builder lays out a Linux package: the `files` of electron-builder.yml under
 * resources/app with the production dependencies only, and its Linux `extraResources`. No
 * source tree, no tsx, no devDependencies. The Electron binary cannot run here, so a stand-in
 * at its place records the arguments the launcher gives it and runs the built CLI with Node.
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const prefix = tempDir('packaged-cli-');
const APP = join(prefix.path, 'resources', 'app');
const LAUNCHER = join(prefix.path, 'resources', 'cli', 'kiosk');
const ARGV_FILE = join(prefix.path, 'argv.txt');

type Config = Awaited<ReturnType<typeof getConfig>>;

function productionPackages(): string[] {
  const r = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: ROOT, encoding: 'utf8' });
  return r.stdout
    .split('\n')
    .filter((line) => line.startsWith(ROOT) && line !== ROOT.replace(/\/$/, ''))
    .map((line) => relative(ROOT, line));
}

function install(config: Config, out: string): void {
  const filters = (config.files as { filter: string[] }[]).flatMap((f) => f.filter);
  for (const needed of ['out/**', 'package.json', 'assets/**', '!out/**/*.map']) expect(filters).toContain(needed);
  const excludedAssets = filters.filter((f) => /^!assets\/[^/*]+\/\*\*$/.test(f)).map((f) => f.slice(1, -3));
  cpSync(out, join(APP, 'out'), { recursive: true, filter: (src) => !src.endsWith('.map') });
  cpSync(join(ROOT, 'package.json'), join(APP, 'package.json'));
  cpSync(join(ROOT, 'assets'), join(APP, 'assets'), {
    recursive: true,
    filter: (src) => !excludedAssets.some((dir) => relative(ROOT, src) === dir),
  });
  // Hard links: the production dependencies as files of their own, in no time.
  for (const pkg of productionPackages()) {
    const to = join(APP, pkg);
    if (existsSync(to)) continue;
    mkdirSync(join(to, '..'), { recursive: true });
    execFileSync('cp', ['-al', join(ROOT, pkg), to]);
  }
  const resources = (config.linux?.extraResources ?? []) as { from: string; to: string; filter?: string[] }[];
  const cli = resources.find((r) => r.to === 'cli');
  expect(cli, 'electron-builder.yml ships the CLI launcher to resources/cli').toBeDefined();
  for (const name of cli?.filter ?? []) cpSync(join(ROOT, cli?.from ?? '', name), join(prefix.path, 'resources', 'cli', name));
  // Where the package puts the Electron binary (executableName), a stand-in for it.
  const binary = join(prefix.path, config.executableName ?? 'missing');
  writeFileSync(
    binary,
    `#!/bin/sh\nprintf '%s\\n' "$@" > '${ARGV_FILE}'\nwhile [ "$1" != "--kiosk-cli" ]; do shift; done; shift\nexec '${process.execPath}' '${join(APP, 'out/main/kiosk.js')}' "$@"\n`,
  );
  chmodSync(binary, 0o755);
}

function run(args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('KIOSK_') && !k.startsWith('XDG_')));
  return spawnSync(LAUNCHER, [...args], { encoding: 'utf8', env: { ...clean, ...env }, cwd: prefix.path });
}

/**
 * The Node side built as `npm run dist` builds it (vite.main.config.ts): the build the run's global
 * setup made for every CLI test (tests/support/cli-build-setup.ts, the same command and config),
 * or one of its own where there is none (Node 20 runs no global build).
 */
function builtOut(): string {
  const shared = process.env[BUILT_CLI_ENV];
  if (shared && existsSync(shared)) return dirname(dirname(shared));
  const out = join(prefix.path, 'build', 'out');
  execFileSync(
    join(ROOT, 'node_modules/.bin/electron-vite'),
    ['build', '-c', 'vite.main.config.ts', '--outDir', out, '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return out;
}

beforeAll(async () => {
  const config = await getConfig(ROOT, 'electron-builder.yml', null);
  install(config, builtOut());
});

afterAll(() => prefix.remove());

describe('the technician CLI in the installed package', () => {
  it('carries no sources, no tsx and no renderer libraries', () => {
    expect(existsSync(join(APP, 'src-main'))).toBe(false);
    for (const devOnly of ['tsx', 'react', 'vitest', 'electron'])
      expect(existsSync(join(APP, 'node_modules', devOnly)), devOnly).toBe(false);
    expect(existsSync(join(APP, 'node_modules', 'better-sqlite3'))).toBe(true);
  });

  it('runs from the launcher in resources/cli, which starts the kiosk binary as the CLI', () => {
    const data = join(prefix.path, 'data');
    const r = run(['--data-dir', data, 'info', '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const info = JSON.parse(r.stdout) as { dataDir: string; schemaVersion: number };
    expect(info.dataDir).toBe(data);
    expect(info.schemaVersion).toBeGreaterThanOrEqual(7);
    expect(readFileSync(ARGV_FILE, 'utf8').trim().split('\n')).toEqual([
      '--ozone-platform=headless',
      '--kiosk-cli',
      '--data-dir',
      data,
      'info',
      '--json',
    ]);
  });

  it('opens the folder the Electron kiosk uses when no --data-dir is given', () => {
    const home = join(prefix.path, 'home');
    const r = run(['info', '--json'], { HOME: home });
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { dataDir: string }).dataDir).toBe(join(home, '.config', 'Commune Service Kiosk'));
  });

  it('knows every command registered in src-main/cli/program.ts', () => {
    const help = run(['--help']).stdout;
    const names = buildProgram().program.commands.map((c) => c.name());
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(help).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
  });

  it('prints a test page on the emulated printer (native canvas, encoder and emulator from the package)', () => {
    const data = join(prefix.path, 'print-data');
    const out = join(prefix.path, 'test-page.png');
    const r = run(['--data-dir', data, 'printer', 'test', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Test page printed.');
    expect(readFileSync(out).subarray(1, 4).toString()).toBe('PNG');
  });

  it('starts the built web shell too', async () => {
    const renderer = join(prefix.path, 'renderer');
    mkdirSync(renderer, { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>kiosk</title>');
    const child = spawn(
      process.execPath,
      [join(APP, 'out/main/web-shell.js'), '--port', '0', '--data-dir', join(prefix.path, 'web-data'), '--renderer-dir', renderer],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          const found = /ready: (http:\/\/127\.0\.0\.1:\d+\S*)/.exec(text);
          if (found?.[1]) resolve(found[1]);
        });
        child.on('exit', (code) => reject(new Error(`web shell exited with ${code}: ${text}`)));
      });
      const res = await fetch(new URL('/', url));
      expect(res.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
