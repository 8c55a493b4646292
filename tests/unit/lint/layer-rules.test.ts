import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rule of DESIGN.md is enforced by biome.json's overrides. Each probe is one import in
 * a file at a real layer's path, linted with the project's own biome.json in a scratch folder
 * (so the tree is never written), and the test says whether the rule must refuse it.
 */
const PROBES: ReadonlyArray<{ file: string; from: string; refused: boolean }> = [
  { file: 'src-main/api/probe.ts', from: 'node:fs', refused: true },
  { file: 'src-renderer/probe.ts', from: '../src-main/core/kiosk/create-kiosk', refused: true },
  { file: 'src-renderer/probe-api.ts', from: '../src-main/api/backoff', refused: false },
  { file: 'src-main/core/tickets/probe.ts', from: '../../hardware/device-manager', refused: true },
  { file: 'src-main/core/tickets/probe-devices.ts', from: '../../hardware/devices', refused: false },
  { file: 'src-main/cli/commands/probe.ts', from: 'electron', refused: true },
  { file: 'src-main/cli/commands/probe-shell.ts', from: '../../shells/electron/kiosk-app', refused: true },
  { file: 'src-main/cli/commands/probe-setup.ts', from: '../../shells/devices-setup', refused: false },
  { file: 'src-main/shells/web/probe.ts', from: 'electron', refused: true },
  { file: 'src-main/shells/web/probe-electron.ts', from: '../electron/ipc', refused: true },
  { file: 'src-main/shells/web/probe-cli.ts', from: '../../cli/program', refused: true },
  { file: 'src-main/shells/web/probe-ws.ts', from: 'ws', refused: false },
  { file: 'src-main/shells/electron/probe.ts', from: '../web/bridge', refused: true },
  { file: 'src-main/shells/electron/probe-cli.ts', from: '../../cli/program', refused: false },
  { file: 'src-main/shells/policy/probe.ts', from: '../../core/kiosk/create-kiosk', refused: true },
  { file: 'hardware/emulators/probe.ts', from: '../../src-main/core/kiosk/create-kiosk', refused: true },
  { file: 'hardware/emulators/probe-hardware.ts', from: '../../src-main/hardware/printer/bitmap', refused: false },
  { file: 'hardware/emulators/escpos-decoder.ts', from: '../../src-main/hardware/printer/bitmap', refused: true },
  { file: 'hardware/emulators/decode-bytes.ts', from: '../../src-main/api/error-message', refused: true },
];

interface Diagnostic {
  readonly category: string;
  readonly location: { readonly path: string };
}

describe('the layer rule in biome.json', () => {
  let dir = '';
  let refusedFiles = new Set<string>();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'layer-rules-'));
    copyFileSync('biome.json', join(dir, 'biome.json'));
    for (const probe of PROBES) {
      mkdirSync(dirname(join(dir, probe.file)), { recursive: true });
      writeFileSync(join(dir, probe.file), `import * as probe from '${probe.from}';\n\nexport const used = probe;\n`);
    }
    let out: string;
    try {
      out = execFileSync(join(process.cwd(), 'node_modules/.bin/biome'), ['lint', '--reporter=json', '--max-diagnostics=none', '.'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch (err) {
      // biome exits 1 when it reports errors; its report is still on stdout.
      out = String((err as { stdout?: unknown }).stdout ?? '');
    }
    const report = JSON.parse(out) as { diagnostics: Diagnostic[] };
    refusedFiles = new Set(report.diagnostics.filter((d) => d.category === 'lint/style/noRestrictedImports').map((d) => d.location.path));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(PROBES)('$file importing $from: refused $refused', ({ file, refused }) => {
    expect(refusedFiles.has(file)).toBe(refused);
  });
});
