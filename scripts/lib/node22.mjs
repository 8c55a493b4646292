import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * better-sqlite3 13 and the rest of the stack need Node 22; the project ships it as the `node`
 * devDependency. When a script is started with an older system Node, run it again on that one.
 */
export function ensureNode22() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 22) return;
  const local = `${ROOT}node_modules/node/bin/node`;
  if (!existsSync(local)) {
    process.stderr.write(`Node ${process.versions.node} is too old and the project's Node 22 is missing: run \`npm install\` first.\n`);
    process.exit(1);
  }
  const result = spawnSync(local, process.argv.slice(1), { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
