// `npm run security:scan`: Electronegativity over the source that ships (src-main, src-renderer
// and package.json). Prints each finding, then one line `electronegativity: N checks, N high,
// N medium, N low, N informational, N parse errors`, and fails on any high or medium finding or
// parse error (scripts/electronegativity/scan.cjs). The tool lives in
// scripts/electronegativity with its own lockfile: it needs TypeScript 4.2, and in the app's tree its
// parser would load the app's TypeScript 7, which has no JavaScript API.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNode22, ROOT } from './lib/node22.mjs';

await ensureNode22();

const toolDir = join(ROOT, 'scripts/electronegativity');
const bin = join(toolDir, 'node_modules/.bin/electronegativity');
if (!existsSync(bin)) {
  process.stdout.write('Installing Electronegativity into scripts/electronegativity…\n');
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: toolDir, stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}

// Only what ships: not tests, builds, tools or node_modules.
const input = join(ROOT, '.tmp/electronegativity/input');
rmSync(input, { recursive: true, force: true });
mkdirSync(input, { recursive: true });
for (const part of ['src-main', 'src-renderer', 'package.json']) cpSync(join(ROOT, part), join(input, part), { recursive: true });

const electronVersion = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies.electron;
const scan = spawnSync(process.execPath, [join(toolDir, 'scan.cjs'), input, electronVersion], { cwd: toolDir, stdio: 'inherit' });
process.exit(scan.status ?? 1);
